/**
 * DigiOne's example vendor apps (`packages/app-*`) as a portal runs them for `npm start` and the
 * end-to-end journeys: each app's API on a port of its own, checking the tokens of the local
 * identity provider; the module apps' code served by the portal's server under `/apps/<id>/`; the
 * iframe app on an origin of its own; and the registry that lists them, each manifest pointed at
 * where its code and its API run here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RunningProtectedApi } from '@digione/dev-idp';
import {
  startBuiltIframeApp,
  startIframeAppServer,
  type RunningIframeApp,
} from './iframe-app-server.js';

const packages = join(import.meta.dirname, '..', '..', 'packages');

/** The example apps' packages, in the order the registry lists them. */
export const EXAMPLE_APP_PACKAGES = [
  'app-timetable',
  'app-messages',
  'app-assessment',
  'app-lunch',
  'app-absences',
] as const;

/** What the portal needs of an example app's manifest here. */
interface ExampleManifest {
  readonly id: string;
  readonly isolation: 'module' | 'iframe';
  readonly api: { readonly audience: string; readonly url?: string };
  readonly [field: string]: unknown;
}

/** What each example app's `api/server.ts` exports. */
interface ExampleApiModule {
  startApi(options: {
    readonly issuer: string;
    readonly allowedOrigins: readonly string[];
    readonly host?: string;
    readonly port?: number;
  }): Promise<RunningProtectedApi>;
}

/** An example app's manifest as its vendor wrote it. */
function manifestOf(pkg: string): ExampleManifest {
  return JSON.parse(readFileSync(join(packages, pkg, 'manifest.json'), 'utf8')) as ExampleManifest;
}

/** The example apps present in this checkout (a package folder without its manifest is skipped). */
function presentPackages(): string[] {
  return EXAMPLE_APP_PACKAGES.filter((pkg) => existsSync(join(packages, pkg, 'manifest.json')));
}

/** The API audiences of the example apps: the identity provider must know them before it starts. */
/** The example apps that run in an iframe on their own origin (their packages). */
export function exampleIframePackages(): string[] {
  return presentPackages().filter((pkg) => manifestOf(pkg).isolation === 'iframe');
}

export function exampleAudiences(): string[] {
  return presentPackages().map((pkg) => manifestOf(pkg).api.audience);
}

/**
 * The portals an iframe app served here accepts, as an operator publishes them for this computer:
 * the portal under both loopback names, and any portal at <name>.localhost on its port
 * (sdk/README.md); a portal elsewhere as it is.
 */
export function framingPortals(portalOrigin: string): string {
  const local = /^http:\/\/(?:127\.0\.0\.1|localhost):(\d+)$/.exec(portalOrigin)?.[1];
  return local
    ? `http://127.0.0.1:${local} http://localhost:${local} http://*.localhost:${local}`
    : portalOrigin;
}

export interface ExampleAppsOptions {
  /** The identity provider whose tokens the apps' APIs accept. */
  readonly issuer: string;
  /** The portal that runs the apps: its origin may call their APIs, and frames the iframe app. */
  readonly portalOrigin: string;
  /** Interface to listen on; default 127.0.0.1. */
  readonly host?: string;
  /** The iframe app's port; default 0, any free port. */
  readonly iframePort?: number;
  /** A folder for the iframe apps' Vite caches, one below it per app (see IframeAppServerOptions). */
  readonly cacheDir?: string;
  /**
   * A folder with the iframe apps' built pages, one below it per package (`<folder>/app-absences`):
   * they are served built instead of from their sources with Vite.
   */
  readonly iframeBuilds?: string;
}

export interface RunningExampleApps {
  /** The registry: every example app's manifest, pointed at where it runs here. */
  readonly registry: readonly unknown[];
  /** The module apps' source folders, which the portal's server serves under `/apps/<id>/`. */
  readonly folders: Readonly<Record<string, string>>;
  /** Each app's running API, by app id. */
  readonly apis: ReadonlyMap<string, RunningProtectedApi>;
  stop(): Promise<void>;
}

/** Starts every example app's API (and the iframe app's own server) and lists them. */
export async function startExampleApps(options: ExampleAppsOptions): Promise<RunningExampleApps> {
  const host = options.host ?? '127.0.0.1';
  const portals = framingPortals(options.portalOrigin);
  const registry: unknown[] = [];
  const folders: Record<string, string> = {};
  const apis = new Map<string, RunningProtectedApi>();
  const frames: RunningIframeApp[] = [];
  const stop = async (): Promise<void> => {
    for (const api of apis.values()) await api.stop();
    for (const frame of frames) await frame.stop();
  };
  try {
    for (const pkg of presentPackages()) {
      const folder = join(packages, pkg);
      const manifest = manifestOf(pkg);
      let frame: RunningIframeApp | undefined;
      let apiUrl = '';
      if (manifest.isolation === 'iframe' && options.iframeBuilds) {
        frame = await startBuiltIframeApp({
          dist: join(options.iframeBuilds, pkg),
          shellOrigin: portals,
          connect: () => (apiUrl ? [new URL(apiUrl).origin] : []),
          host,
          port: options.iframePort ?? 0,
        });
        frames.push(frame);
      } else if (manifest.isolation === 'iframe') {
        frame = await startIframeAppServer({
          folder,
          shellOrigin: portals,
          host,
          port: options.iframePort ?? 0,
          ...(options.cacheDir ? { cacheDir: join(options.cacheDir, pkg) } : {}),
        });
        frames.push(frame);
      }
      const server = (await import(
        pathToFileURL(join(folder, 'api', 'server.ts')).href
      )) as ExampleApiModule;
      const api = await server.startApi({
        issuer: options.issuer,
        // An iframe app calls its API from its own origin.
        allowedOrigins: frame ? [options.portalOrigin, frame.origin] : [options.portalOrigin],
        host,
        port: 0,
      });
      apis.set(manifest.id, api);
      apiUrl = api.url;
      if (frame) {
        registry.push({
          ...manifest,
          entry: `${frame.origin}/index.html`,
          origin: frame.origin,
          api: { ...manifest.api, url: api.url },
        });
      } else {
        folders[manifest.id] = join(folder, 'src');
        registry.push({
          ...manifest,
          entry: `/apps/${manifest.id}/index.ts`,
          api: { ...manifest.api, url: api.url },
        });
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { registry, folders, apis, stop };
}
