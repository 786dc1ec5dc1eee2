/**
 * Serves DigiOne Portal's shell with Vite for development and for the end-to-end tests, with the
 * runtime configuration (`/config.json`) supplied by the caller — in production a static file
 * beside the build does that job.
 */
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';

export interface PortalServerOptions {
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** The body of `/config.json`, asked for on every request (it may change while running). */
  readonly config: () => unknown;
  readonly logLevel?: 'info' | 'warn' | 'error' | 'silent';
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

export async function startPortalServer(options: PortalServerOptions): Promise<RunningPortal> {
  const host = options.host ?? '127.0.0.1';
  const server = await createServer({
    configFile: join(repo, 'vite.config.ts'),
    root: join(repo, 'shell'),
    logLevel: options.logLevel ?? 'warn',
    clearScreen: false,
    plugins: [runtimeConfig(options.config)],
    server: {
      host,
      port: options.port ?? 5173,
      strictPort: true,
      fs: { allow: [repo] },
    },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('The portal server did not start listening.');
  }
  return {
    origin: `http://${host}:${address.port}`,
    stop: () => server.close(),
  };
}
