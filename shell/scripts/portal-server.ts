/**
 * Serves DigiOne Portal's shell with Vite for development and for the end-to-end tests, with the
 * runtime configuration (`/config.json`) supplied by the caller — in production a static file
 * beside the build does that job.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { developmentCsp } from './dev-csp.js';
import { contentType } from './http-files.js';
import { CSP_REPORTS_PATH, type CspReport } from './csp-reports.js';
import {
  FEEDBACK_PATH,
  OTLP_PATH,
  takeCspReports,
  takeFeedback,
  takeOtlp,
  type OtlpExport,
} from './endpoints.js';

export interface PortalServerOptions {
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** The body of `/config.json`, asked for on every request (it may change while running). */
  readonly config: () => unknown;
  readonly logLevel?: 'info' | 'warn' | 'error' | 'silent';
  /** Reload pages when files change (default); tests turn it off. */
  readonly watch?: boolean;
  /**
   * App folders served under `/apps/<id>/` by this same server, so an app shares the shell's
   * modules (one Lit, one SDK) as it will through the import map in production. Asked for on every
   * request (a test may deploy a fixed app while running); an id mapped to nothing answers 404.
   */
  readonly apps?: () => Readonly<Record<string, string>>;
  /**
   * Built app folders (a vendor's `dist/`) served under `/apps/<id>/` as they are, byte for byte,
   * not through Vite: a release's `integrity` holds, and the app's imports of the shared libraries
   * resolve through the page's development import map to the modules the shell runs, as through
   * the production import map. Asked for on every request; an id here wins over one in `apps`.
   */
  readonly builtApps?: () => Readonly<Record<string, string>>;
  /** Receives what people send from the feedback page (`POST /api/feedback`, JSON). */
  readonly feedback?: (entry: unknown) => void;
  /**
   * Receives the violation reports browsers send to `POST /api/csp-reports` (name it as
   * `cspReports` in the configuration), stripped of queries and samples.
   */
  readonly cspReports?: (report: CspReport) => void;
  /** Receives the portal's telemetry at `/api/otlp` (name it as `telemetry.endpoint`). */
  readonly telemetry?: (received: OtlpExport) => void;
  /** The body of `/registry.json` (an array of app manifests), asked for on every request. */
  readonly registry?: () => unknown;
  /**
   * Where Vite keeps its pre-bundled dependencies (default `shell/node_modules/.vite`). Servers that
   * run at the same time in separate processes each need their own, or one rewrites what another
   * is serving.
   */
  readonly cacheDir?: string;
}

export interface RunningPortal {
  /** The portal's origin, e.g. `http://127.0.0.1:5173`. */
  readonly origin: string;
  stop(): Promise<void>;
}

const repo = join(import.meta.dirname, '..', '..');

/** Answers `/config.json` from the caller's configuration, never cached. */
function runtimeConfig(config: () => unknown): Plugin {
  return {
    name: 'digione-runtime-config',
    configureServer(server) {
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(config()));
      });
    },
  };
}

/** Takes feedback as a production feedback service would (endpoints.ts). */
function feedbackEndpoint(receive: (entry: unknown) => void): Plugin {
  return {
    name: 'digione-feedback',
    configureServer(server) {
      server.middlewares.use(FEEDBACK_PATH, (req, res, next) => {
        takeFeedback(req, res, receive).catch(next);
      });
    },
  };
}

/** Collects the policy's violation reports (endpoints.ts). */
function cspReportsEndpoint(receive: (report: CspReport) => void): Plugin {
  return {
    name: 'digione-csp-reports',
    configureServer(server) {
      server.middlewares.use(CSP_REPORTS_PATH, (req, res, next) => {
        takeCspReports(req, res, receive).catch(next);
      });
    },
  };
}

/** A local OpenTelemetry receiver (endpoints.ts). */
function otlpEndpoint(receive: (received: OtlpExport) => void): Plugin {
  return {
    name: 'digione-otlp',
    configureServer(server) {
      server.middlewares.use(OTLP_PATH, (req, res, next) => {
        takeOtlp(req.url ?? '/', req, res, receive).catch(next);
      });
    },
  };
}

/** Answers `/registry.json` from the caller's registry, never cached. */
function appRegistry(registry: () => unknown): Plugin {
  return {
    name: 'digione-app-registry',
    configureServer(server) {
      server.middlewares.use('/registry.json', (_req, res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(registry()));
      });
    },
  };
}

/** The app id and the file path of a request under `/apps/<id>/`, if it is one. */
function appRequest(url: URL): { id: string; rest: string } | undefined {
  const match = /^\/apps\/([a-z][a-z0-9-]*)\/(.*)$/.exec(url.pathname);
  return match ? { id: match[1], rest: match[2] } : undefined;
}

/** The file `rest` names in `folder`, if it is one there (never outside it). */
function fileIn(folder: string | undefined, rest: string, fallback: string): string | undefined {
  if (!folder) return undefined;
  let file: string;
  try {
    file = resolve(folder, decodeURIComponent(rest || fallback));
  } catch {
    return undefined;
  }
  return file.startsWith(resolve(folder) + sep) && existsSync(file) && statSync(file).isFile()
    ? file
    : undefined;
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end('Not found');
}

/** Serves `/apps/<id>/<file>` of a built app's folder as it is (see `builtApps`). */
function builtAppFolders(apps: () => Readonly<Record<string, string>>): Plugin {
  return {
    name: 'digione-built-app-folders',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const request = appRequest(new URL(req.url ?? '/', 'http://portal.invalid'));
        const folders = apps();
        if (!request || !Object.hasOwn(folders, request.id)) {
          next();
          return;
        }
        const file = fileIn(folders[request.id], request.rest, 'index.js');
        if (!file) {
          notFound(res);
          return;
        }
        res.setHeader('content-type', contentType(file));
        // A new build is seen at the next load; the browser asks again every time.
        res.setHeader('cache-control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
  };
}

/** Serves `/apps/<id>/<file>` from the app's folder, through Vite's own module pipeline. */
function appFolders(apps: () => Readonly<Record<string, string>>): Plugin {
  return {
    name: 'digione-app-folders',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://portal.invalid');
        const request = appRequest(url);
        if (!request) {
          next();
          return;
        }
        const folders = apps();
        const folder = Object.hasOwn(folders, request.id) ? folders[request.id] : undefined;
        const file = fileIn(folder, request.rest, 'index.js');
        if (!file) {
          notFound(res);
          return;
        }
        // Vite serves files outside its root under /@fs/, resolving their imports as the shell's.
        req.url = `/@fs${file}${url.search}`;
        next();
      });
    },
  };
}

export async function startPortalServer(options: PortalServerOptions): Promise<RunningPortal> {
  const host = options.host ?? '127.0.0.1';
  const server = await createServer({
    configFile: join(repo, 'shell', 'vite.config.ts'),
    root: join(repo, 'shell'),
    logLevel: options.logLevel ?? 'warn',
    clearScreen: false,
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    plugins: [
      runtimeConfig(options.config),
      ...(options.registry ? [appRegistry(options.registry)] : []),
      ...(options.builtApps ? [builtAppFolders(options.builtApps)] : []),
      ...(options.apps ? [appFolders(options.apps)] : []),
      ...(options.feedback ? [feedbackEndpoint(options.feedback)] : []),
      ...(options.cspReports ? [cspReportsEndpoint(options.cspReports)] : []),
      ...(options.telemetry ? [otlpEndpoint(options.telemetry)] : []),
      // The production policy, with this server's configuration and a nonce per page.
      developmentCsp({
        deployment: () => ({ config: options.config(), registry: options.registry?.() }),
      }),
    ],
    server: {
      host,
      port: options.port ?? 5173,
      strictPort: true,
      fs: { allow: [repo] },
      // Tests turn watching off: a file saved elsewhere must not reload a page mid-test.
      ...(options.watch === false ? { watch: null } : {}),
    },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('The portal server did not start listening.');
  }
  // The shell's modules are transformed, and its dependencies optimised, before the server is
  // handed over: the first page does not wait for them, nor reload when the optimiser finds more.
  await server.warmupRequest('/src/main.ts');
  await server.waitForRequestsIdle();
  return {
    origin: `http://${host}:${address.port}`,
    stop: () => server.close(),
  };
}
