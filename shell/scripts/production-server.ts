/**
 * The portal's production build, served as docs/deploy/nginx.conf serves it: its security headers,
 * the deployment's Content-Security-Policy and where it reports violations (generated from the
 * build, /config.json and /registry.json as `npm run csp` generates it, again whenever the registry
 * changes), hashed files cached for a year, no source maps, and index.html for every route. The
 * end-to-end tests run the portal this way, over plain http: its policy reports by `report-uri`
 * alone (csp.ts says why).
 *
 * Beside the static files it answers, as the development server does: `/config.json` and
 * `/registry.json` from the caller, feedback at `/api/feedback`, violation reports at
 * `/api/csp-reports` (endpoints.ts), and module apps under
 * `/apps/<id>/`. An app's TypeScript entry is bundled on request as a vendor builds an app — one ES
 * module with the shared libraries (sharedSpecifiers) left to the page's import map.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { nginxHeaders, productionHeaders } from './csp.js';
import { CSP_REPORTS_PATH, type CspReport } from './csp-reports.js';
import { FEEDBACK_PATH, takeCspReports, takeFeedback } from './endpoints.js';
import { contentType, listen, stopServer } from './http-files.js';
import { sharedSpecifiers } from './shared-dependencies.js';

const repo = join(import.meta.dirname, '..', '..');

export interface ProductionPortalOptions {
  /** The shell's production build (`buildPortal`). */
  readonly dist: string;
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The body of `/config.json`, asked for on every request. */
  readonly config: () => unknown;
  /** The body of `/registry.json`, asked for on every request. */
  readonly registry?: () => unknown;
  /** App folders served under `/apps/<id>/`, asked for on every request. */
  readonly apps?: () => Readonly<Record<string, string>>;
  /** Receives what people send from the feedback page (`POST /api/feedback`, JSON). */
  readonly feedback?: (entry: unknown) => void;
  /** Receives the violation reports browsers send to `POST /api/csp-reports`, stripped. */
  readonly cspReports?: (report: CspReport) => void;
}

export interface RunningProductionPortal {
  readonly origin: string;
  stop(): Promise<void>;
}

/** Builds the shell for production into `outDir`, as `npm run build -w @digione/shell` does. */
export async function buildPortal(outDir: string): Promise<void> {
  await viteBuild({
    configFile: join(repo, 'shell', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Bundled app entries by file, for as long as the process runs: sources do not change under it. */
const bundles = new Map<string, Promise<string>>();

/** One ES module of an app's entry and everything it imports but the shared libraries. */
function bundleApp(file: string): Promise<string> {
  let bundle = bundles.get(file);
  if (!bundle) {
    bundle = esbuild({
      entryPoints: [file],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      external: sharedSpecifiers(),
      tsconfig: join(repo, 'tsconfig.json'),
      define: { 'process.env.NODE_ENV': '"production"' },
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(file, bundle);
    // A failed build is not kept: the next request tries again.
    bundle.catch(() => bundles.delete(file));
  }
  return bundle;
}

/** The file of an app's folder that `rest` names, if it exists (never outside the folder). */
function appFile(folder: string, rest: string): string | undefined {
  const root = resolve(folder);
  const file = resolve(root, decodeURIComponent(rest || 'index.js'));
  if (!file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  // `index.js` of a folder of TypeScript sources is its `index.ts`.
  const source = file.replace(/\.js$/, '.ts');
  return source !== file && existsSync(source) ? source : undefined;
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end('Not found');
}

export async function startProductionPortal(
  options: ProductionPortalOptions,
): Promise<RunningProductionPortal> {
  const dist = resolve(options.dist);
  const page = join(dist, 'index.html');
  if (!existsSync(page)) throw new Error(`No production build of the shell in ${dist}.`);
  const html = readFileSync(page, 'utf8');
  const security = nginxHeaders(readFileSync(join(repo, 'docs', 'deploy', 'nginx.conf'), 'utf8'));
  let origin = '';
  const policy = (): [string, string][] =>
    productionHeaders(html, {
      config: options.config(),
      registry: options.registry?.() ?? [],
      portalOrigin: origin,
      allowLocalhost: true,
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    for (const [name, value] of security) {
      // Cache-Control is set per response below, as nginx's map sets it.
      if (name.toLowerCase() !== 'cache-control') res.setHeader(name, value);
    }
    for (const [name, value] of policy()) res.setHeader(name, value);
    const path = new URL(req.url ?? '/', 'http://portal.invalid').pathname;
    const json = (body: unknown): void => {
      res.setHeader('content-type', contentType('.json'));
      res.setHeader('cache-control', 'no-store');
      res.end(JSON.stringify(body));
    };
    if (path === '/config.json') {
      json(options.config());
      return;
    }
    if (path === '/registry.json' && options.registry) {
      json(options.registry());
      return;
    }
    if (path === FEEDBACK_PATH && options.feedback) {
      await takeFeedback(req, res, options.feedback);
      return;
    }
    if (path === CSP_REPORTS_PATH && options.cspReports) {
      await takeCspReports(req, res, options.cspReports);
      return;
    }
    const app = /^\/apps\/([a-z][a-z0-9-]*)\/(.*)$/.exec(path);
    if (app) {
      const [, id = '', rest = ''] = app;
      const folders = options.apps?.() ?? {};
      const folder = Object.hasOwn(folders, id) ? folders[id] : undefined;
      const file = folder && appFile(folder, rest);
      if (!file) {
        notFound(res);
        return;
      }
      res.setHeader('cache-control', 'no-cache');
      res.setHeader('content-type', contentType(file));
      res.end(extname(file) === '.ts' ? await bundleApp(file) : readFileSync(file));
      return;
    }
    // Source maps stay with the operator (nginx: location ~ \.map$ { return 404; }).
    if (extname(path) === '.map') {
      notFound(res);
      return;
    }
    const file = resolve(dist, `.${decodeURIComponent(path)}`);
    if (file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile()) {
      const hashed = path.startsWith('/assets/') || path.startsWith('/shared/');
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('content-type', contentType(file));
      res.end(readFileSync(file));
      return;
    }
    if (extname(path) !== '') {
      notFound(res);
      return;
    }
    // Every route of the portal is index.html (nginx: try_files $uri /index.html).
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-type', contentType('.html'));
    res.end(html);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(error instanceof Error ? error.message : String(error));
    });
  });
  origin = await listen(server, options.host, options.port);
  return { origin, stop: () => stopServer(server) };
}
