/**
 * Serves an iframe app's folder (its `index.html` and sources) with Vite on an origin of its own,
 * as its vendor would host it, for `npm start` and tests; or its built page (`startBuiltIframeApp`),
 * as the end-to-end tests run it. The page's
 * `<meta name="digione-shell-origin">` is written with the portal's origin, so the app connects to
 * this portal (and only to it) with `connectToShell`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { basename, join, resolve, sep } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { contentType, listen, stopServer } from './http-files.js';

export interface IframeAppServerOptions {
  /** The app's folder (with its index.html). */
  readonly folder: string;
  /** The portal that frames the app. */
  readonly shellOrigin: string;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly logLevel?: 'info' | 'warn' | 'error' | 'silent';
  /**
   * Where Vite keeps the app's pre-bundled dependencies (default: a folder per app under
   * `node_modules/.vite-iframe-apps/`). Servers running at the same time in separate processes
   * need one each: a server that re-optimises into another's folder breaks the other's page.
   */
  readonly cacheDir?: string;
}

export interface RunningIframeApp {
  /** The app's own origin, e.g. `http://127.0.0.1:5174`: its manifest's `origin`. */
  readonly origin: string;
  stop(): Promise<void>;
}

const repo = join(import.meta.dirname, '..', '..');

/** Writes the portal's origin into the app's page, in place of whatever the page says. */
function shellOriginMeta(shellOrigin: string): Plugin {
  return {
    name: 'digione-iframe-shell-origin',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return {
          html: html.replace(/<meta\s+name=["']digione-shell-origin["'][^>]*>/gi, ''),
          tags: [
            {
              tag: 'meta',
              attrs: { name: 'digione-shell-origin', content: shellOrigin },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
  };
}

export async function startIframeAppServer(
  options: IframeAppServerOptions,
): Promise<RunningIframeApp> {
  const host = options.host ?? '127.0.0.1';
  const server = await createServer({
    // The repository's shared settings: workspace packages resolve to their sources.
    configFile: join(repo, 'vite.config.ts'),
    root: options.folder,
    logLevel: options.logLevel ?? 'warn',
    clearScreen: false,
    // Its own dependency cache: the portal's server optimises its own at the same time.
    cacheDir:
      options.cacheDir ?? join(repo, 'node_modules', '.vite-iframe-apps', basename(options.folder)),
    plugins: [shellOriginMeta(options.shellOrigin)],
    server: { host, port: options.port ?? 0, strictPort: true, fs: { allow: [repo] } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('The iframe app server did not start listening.');
  }
  // The page's modules are transformed and its dependencies optimised before anyone asks: the
  // first frame does not wait for them (nor for a reload when the optimiser finds more).
  const page = readFileSync(join(options.folder, 'index.html'), 'utf8');
  for (const [, src = ''] of page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    await server.warmupRequest(new URL(src, 'http://app.invalid/').pathname);
  }
  await server.waitForRequestsIdle();
  return { origin: `http://${host}:${address.port}`, stop: () => server.close() };
}

export interface BuiltIframeAppOptions {
  /** The app's built page (`vite build` of its folder: index.html and assets/). */
  readonly dist: string;
  /** The portal that frames the app. */
  readonly shellOrigin: string;
  /** Where the page may send requests besides its own origin (its API), asked on every request. */
  readonly connect: () => readonly string[];
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
}

/**
 * An iframe app's built page served as its vendor's host would (packages/app-absences/README.md):
 * index.html names the portal that frames it and the API it calls, in its policy's `connect-src`,
 * and the policy comes as a header too, with `frame-ancestors` for the portal, which a meta
 * element cannot set.
 */
export async function startBuiltIframeApp(
  options: BuiltIframeAppOptions,
): Promise<RunningIframeApp> {
  const dist = resolve(options.dist);
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  const policyOf = (html: string): string =>
    /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
  if (!policyOf(template).includes('connect-src')) {
    throw new Error(`${join(dist, 'index.html')} has no Content-Security-Policy with connect-src.`);
  }
  const page = (): string =>
    template
      // The policy's connect-src (not the words of a comment that names it).
      .replace(
        /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/,
        (_match, head: string, policy: string) =>
          `${head}${policy.replace(/connect-src [^;]*/, `connect-src 'self' ${options.connect().join(' ')}`)}"`,
      )
      .replace(
        /<meta name="digione-shell-origin" content="[^"]*"/,
        `<meta name="digione-shell-origin" content="${options.shellOrigin}"`,
      );
  const server = createHttpServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://app.invalid').pathname;
    const file = resolve(dist, `.${decodeURIComponent(path)}`);
    if (path === '/' || path === '/index.html') {
      const html = page();
      res.setHeader('content-type', contentType('.html'));
      res.setHeader('cache-control', 'no-cache');
      res.setHeader(
        'content-security-policy',
        `${policyOf(html)}; frame-ancestors ${options.shellOrigin}`,
      );
      res.end(html);
      return;
    }
    if (file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile()) {
      res.setHeader('content-type', contentType(file));
      res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      res.end(readFileSync(file));
      return;
    }
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('Not found');
  });
  const origin = await listen(server, options.host, options.port);
  return { origin, stop: () => stopServer(server) };
}
