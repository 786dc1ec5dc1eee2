/**
 * An example app's development API, as each of them starts: the app's routes behind access tokens
 * for the audience its manifest names (`api.audience`), callable from the browser origins given.
 *
 *   const AUDIENCE = manifestAudience(new URL('../manifest.json', import.meta.url));
 *   export const startApi = (options: AppApiOptions) => startAppApi(AUDIENCE, options, routes);
 */
import { readFileSync } from 'node:fs';
import { startProtectedApi, type ApiRoute, type RunningProtectedApi } from './protected-api.js';

/** What an app's development API is started with. */
export interface AppApiOptions {
  /** The identity provider whose tokens the API accepts. */
  readonly issuer: string;
  /** Browser origins that may call the API (the portal's, the sandbox's, the app's own frame). */
  readonly allowedOrigins: readonly string[];
  /** Interface to listen on; default `127.0.0.1`. */
  readonly host?: string;
  /** Port; default 0, a free port chosen by the system. */
  readonly port?: number;
}

/** The audience named by the app manifest at `manifestUrl`; throws naming the file when it has none. */
export function manifestAudience(manifestUrl: URL): string {
  const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as {
    api?: { audience?: unknown };
  };
  const audience = manifest.api?.audience;
  if (typeof audience !== 'string' || audience === '') {
    throw new TypeError(`${manifestUrl.pathname} names no api.audience; the API needs one.`);
  }
  return audience;
}

/** Starts the app's API for `audience` with `routes`, and resolves when it listens. */
export function startAppApi(
  audience: string,
  options: AppApiOptions,
  routes: readonly ApiRoute[],
): Promise<RunningProtectedApi> {
  return startProtectedApi({
    issuer: options.issuer,
    audience,
    allowedOrigin: options.allowedOrigins,
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
    routes,
  });
}
