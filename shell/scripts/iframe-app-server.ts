/**
 * Serves an iframe app's folder (its `index.html` and sources) with Vite on an origin of its own,
 * as its vendor would host it, for `npm start` and tests. The page's
 * `<meta name="digione-shell-origin">` is written with the portal's origin, so the app connects to
 * this portal (and only to it) with `connectToShell`.
 */
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';

export interface IframeAppServerOptions {
  /** The app's folder (with its index.html). */
  readonly folder: string;
  /** The portal that frames the app. */
  readonly shellOrigin: string;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
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
    logLevel: 'warn',
    clearScreen: false,
    // Its own dependency cache: the portal's server optimises its own at the same time.
    cacheDir: join(repo, 'node_modules', '.vite-iframe-apps'),
    plugins: [shellOriginMeta(options.shellOrigin)],
    server: { host, port: options.port ?? 0, strictPort: true, fs: { allow: [repo] } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('The iframe app server did not start listening.');
  }
  return { origin: `http://${host}:${address.port}`, stop: () => server.close() };
}
