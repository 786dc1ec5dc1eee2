/**
 * The servers of a benchmark run, each on a free port of 127.0.0.1, started and stopped by the run:
 * the portal's production build served as docs/deploy/nginx.conf serves it (its security headers,
 * the deployment's Content-Security-Policy, gzip, long-lived hashed files), the local identity
 * provider, and the bare single-spa baseline beside it with the same apps and shared libraries.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AppManifest } from '@digione/sdk';
import { startProviderForPortal, type RunningIdentityProvider } from '@digione/dev-idp';
import { deploymentSources, nginxHeaders, productionPolicy } from '../shell/scripts/csp.js';
import { contentType, listen, stopServer } from '../shell/scripts/http-files.js';
import { benchManifests } from './apps/manifests.js';
import type { Builds } from './build.js';

const repo = join(import.meta.dirname, '..');

/** A folder served under a URL prefix (`/apps/` → the apps' build). */
export interface Mount {
  readonly prefix: string;
  readonly dir: string;
}

export interface SiteOptions {
  readonly mounts: readonly Mount[];
  /** The HTML file answered for any other path without a file extension (the page's routes). */
  readonly page: string;
  /** JSON documents by path, asked for on every request. */
  readonly json?: Readonly<Record<string, () => unknown>>;
  /** Headers of every response, asked for on every request. */
  readonly headers?: () => readonly (readonly [string, string])[];
}

export interface Site {
  readonly origin: string;
  stop(): Promise<void>;
}

/** Files and their gzip (level 9, as compressed ahead of time), read once. */
const files = new Map<string, { readonly raw: Buffer; readonly gzip: Buffer }>();

function fileBody(path: string): { readonly raw: Buffer; readonly gzip: Buffer } {
  let body = files.get(path);
  if (!body) {
    const raw = readFileSync(path);
    body = { raw, gzip: gzipSync(raw, { level: 9 }) };
    files.set(path, body);
  }
  return body;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  type: string,
  body: { readonly raw: Buffer; readonly gzip: Buffer },
): void {
  res.setHeader('content-type', type);
  res.setHeader('vary', 'accept-encoding');
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.end(gzip ? body.gzip : body.raw);
}

/** The file of `path` in one of the mounts, if there is one (never outside its folder). */
function fileFor(mounts: readonly Mount[], path: string): string | undefined {
  for (const { prefix, dir } of mounts) {
    if (!path.startsWith(prefix)) continue;
    const root = resolve(dir);
    const file = resolve(root, decodeURIComponent(path.slice(prefix.length)));
    if (file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

export async function startSite(options: SiteOptions): Promise<Site> {
  const server = createServer((req, res) => {
    for (const [name, value] of options.headers?.() ?? []) res.setHeader(name, value);
    const path = new URL(req.url ?? '/', 'http://site.invalid').pathname;
    const json = options.json?.[path];
    if (json) {
      res.setHeader('cache-control', 'no-cache');
      const raw = Buffer.from(JSON.stringify(json()));
      send(req, res, contentType('.json'), { raw, gzip: gzipSync(raw) });
      return;
    }
    const file = fileFor(options.mounts, path);
    if (file) {
      // Hashed file names never change (nginx.conf: a year, immutable); the rest is revalidated.
      const hashed = path.startsWith('/assets/') || path.startsWith('/shared/');
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      send(req, res, contentType(file), fileBody(file));
      return;
    }
    if (extname(path) === '') {
      res.setHeader('cache-control', 'no-cache');
      send(req, res, contentType('.html'), fileBody(options.page));
      return;
    }
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('Not found');
  });
  return { origin: await listen(server), stop: () => stopServer(server) };
}

/** Every server of a run. */
export interface BenchStack {
  /** The portal: the shell's production build, its deployment files and the apps. */
  readonly portal: Site;
  /** The bare single-spa root config with the same apps and shared libraries. */
  readonly baseline: Site;
  readonly idp: RunningIdentityProvider;
  /** Education providers' own files, on an origin of their own as a CDN serves them (CORS). */
  readonly cdn: Site;
  /** Replaces the portal's app registry (the policy follows). */
  setRegistry(manifests: readonly AppManifest[]): void;
  /**
   * Replaces the portal's `providers` (undefined: none, every app for everyone) and the CDN's
   * files, by path (the policy follows).
   */
  setProviders(
    providers: Readonly<Record<string, unknown>> | undefined,
    files?: Readonly<Record<string, unknown>>,
  ): void;
  stop(): Promise<void>;
}

export async function startBenchStack(builds: Builds): Promise<BenchStack> {
  const html = readFileSync(join(builds.shell, 'index.html'), 'utf8');
  const security = nginxHeaders(readFileSync(join(repo, 'docs', 'deploy', 'nginx.conf'), 'utf8'));
  let registry: readonly AppManifest[] = benchManifests();
  let providers: Readonly<Record<string, unknown>> | undefined;
  let issuer = '';
  const config = (): unknown => ({
    ...(providers ? { providers } : {}),
    auth: {
      authority: issuer,
      clientId: 'digione-portal',
      // The signed-in user is kept in this tab's sessionStorage: a run restores it in each fresh
      // browser context, so a boot measures the portal, not a round trip through the provider.
      userStore: 'session',
    },
    registry: '/registry.json',
  });
  let headers: [string, string][] = [];
  const portal = await startSite({
    mounts: [
      { prefix: '/apps/', dir: builds.apps },
      { prefix: '/', dir: builds.shell },
    ],
    page: join(builds.shell, 'index.html'),
    json: { '/config.json': config, '/registry.json': () => registry },
    headers: () => headers,
  });
  let cdnFiles: Record<string, () => unknown> = {};
  const cdn = await startSite({
    mounts: [],
    page: join(builds.shell, 'index.html'),
    // Read on every request: `setProviders` replaces the files.
    json: new Proxy({}, { get: (_target, path: string) => cdnFiles[path] }),
    headers: () => [['access-control-allow-origin', '*']],
  });
  // Tokens live long enough for a whole run: no renewal while measuring.
  const idp = await startProviderForPortal(portal.origin, { accessTokenTtl: 3600 });
  issuer = idp.issuer;
  const setRegistry = (manifests: readonly AppManifest[]): void => {
    const deployment = {
      config: config(),
      registry: manifests,
      portalOrigin: portal.origin,
      allowLocalhost: true,
    };
    const { skipped } = deploymentSources(deployment);
    if (skipped.length > 0) {
      throw new Error(`The benchmark's registry has invalid apps:\n${skipped.join('\n')}`);
    }
    registry = manifests;
    headers = [['Content-Security-Policy', productionPolicy(html, deployment)], ...security];
  };
  setRegistry(registry);
  const setProviders: BenchStack['setProviders'] = (given, files = {}) => {
    cdnFiles = Object.fromEntries(Object.entries(files).map(([path, body]) => [path, () => body]));
    providers = given;
    setRegistry(registry);
  };

  const baseline = await startSite({
    mounts: [
      { prefix: '/apps/', dir: builds.apps },
      { prefix: '/shared/', dir: join(builds.shell, 'shared') },
      { prefix: '/', dir: builds.baseline },
    ],
    page: join(builds.baseline, 'index.html'),
    json: { '/registry.json': () => benchManifests() },
  });

  return {
    portal,
    baseline,
    idp,
    cdn,
    setRegistry,
    setProviders,
    async stop() {
      await Promise.allSettled([portal.stop(), baseline.stop(), cdn.stop(), idp.stop()]);
    },
  };
}
