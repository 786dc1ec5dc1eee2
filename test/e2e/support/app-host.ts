/**
 * What runs beside nginx in the end-to-end tests of the production build, on an origin of its own
 * (127.0.0.1; https with the portal's certificate, as browsers send Reporting API reports only
 * over https): the module apps' code, as their vendors host it, and the services an operator runs
 * apart from the portal's static files — the feedback service and the collector of
 * Content-Security-Policy violation reports. The portal reaches them across origins, so each
 * answers the portal's CORS preflight, for the portal's origin exactly.
 *
 * Module apps are served under `/apps/<id>/` from folders of their sources: an app's TypeScript
 * entry is bundled on request as a vendor builds an app — one ES module with the shared libraries
 * (sharedSpecifiers) left to the page's import map.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { extname, join, resolve, sep } from 'node:path';
import { build as esbuild, type Plugin } from 'esbuild';
import { CSP_REPORTS_PATH, type CspReport } from '../../../shell/scripts/csp-reports.js';
import { FEEDBACK_PATH, takeCspReports, takeFeedback } from '../../../shell/scripts/endpoints.js';
import { contentType, listen, stopServer } from '../../../shell/scripts/http-files.js';
import { sharedSpecifiers } from '../../../shell/scripts/shared-dependencies.js';

const repo = join(import.meta.dirname, '..', '..', '..');

export interface AppHostOptions {
  /** The portal's origin: the only one its CORS answers name. */
  readonly portalOrigin: string;
  /** Serves https with this certificate (PEM); without it, plain http. */
  readonly certificate?: { readonly cert: string; readonly key: string };
  /** App folders served under `/apps/<id>/`, asked for on every request. */
  readonly apps?: () => Readonly<Record<string, string>>;
  /** Receives what people send from the feedback page (`POST /api/feedback`, JSON). */
  readonly feedback?: (entry: unknown) => void;
  /** Receives the violation reports browsers send to `POST /api/csp-reports`, stripped. */
  readonly cspReports?: (report: CspReport) => void;
}

export interface RunningAppHost {
  /** `https://127.0.0.1:<port>` (`http:` without a certificate) */
  readonly origin: string;
  /** Where the feedback page posts, and where browsers report violations. */
  readonly feedbackUrl: string;
  readonly cspReportsUrl: string;
  stop(): Promise<void>;
}

/** Leaves the shared libraries' module specifiers to the page's import map, exactly those. */
const sharedExternal: Plugin = {
  name: 'shared-external',
  setup(build) {
    const shared = new Set(sharedSpecifiers());
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      shared.has(args.path) ? { path: args.path, external: true } : undefined,
    );
  },
};

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
      // Exactly the import map's specifiers: esbuild's `external` would take every subpath of a
      // shared package too, and an app bundles `@digione/sdk/react` (as `@digione/sdk/vite` does).
      plugins: [sharedExternal],
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

export async function startAppHost(options: AppHostOptions): Promise<RunningAppHost> {
  const { feedback, cspReports } = options;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://apps.invalid').pathname;
    res.setHeader('access-control-allow-origin', options.portalOrigin);
    res.setHeader('vary', 'Origin');
    const endpoint =
      path === FEEDBACK_PATH && feedback
        ? () => takeFeedback(req, res, feedback)
        : path === CSP_REPORTS_PATH && cspReports
          ? () => takeCspReports(req, res, cspReports)
          : undefined;
    if (endpoint) {
      // The browser asks first whether the portal may post JSON (or a report) here.
      if (req.method === 'OPTIONS') {
        res.setHeader('access-control-allow-methods', 'POST');
        res.setHeader('access-control-allow-headers', 'content-type');
        res.statusCode = 204;
        res.end();
        return;
      }
      await endpoint();
      return;
    }
    const app = /^\/apps\/([a-z][a-z0-9-]*)\/(.*)$/.exec(path);
    const [, id = '', rest = ''] = app ?? [];
    const folders = options.apps?.() ?? {};
    const folder = app && Object.hasOwn(folders, id) ? folders[id] : undefined;
    const file = folder && appFile(folder, rest);
    if (!file) {
      notFound(res);
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-type', contentType(file));
    res.end(extname(file) === '.ts' ? await bundleApp(file) : readFileSync(file));
  };

  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(error instanceof Error ? error.message : String(error));
    });
  };
  const server = options.certificate
    ? createHttpsServer(options.certificate, answer)
    : createServer(answer);
  const origin = (await listen(server)).replace(/^http:/, options.certificate ? 'https:' : 'http:');
  return {
    origin,
    feedbackUrl: `${origin}${FEEDBACK_PATH}`,
    cspReportsUrl: `${origin}${CSP_REPORTS_PATH}`,
    stop: () => stopServer(server),
  };
}
