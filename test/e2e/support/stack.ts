/**
 * The portal as the end-to-end tests meet it: the local identity provider, the shell's server and
 * the APIs apps call, each on a free port of 127.0.0.1, started by the test and stopped after it.
 */
import {
  startProviderForPortal,
  startProtectedApi,
  type RunningIdentityProvider,
  type RunningProtectedApi,
} from '@digione/dev-idp';
import { join } from 'node:path';
import { startPortalServer, type RunningPortal } from '../../../shell/scripts/portal-server.js';
import { startProductionPortal } from '../../../shell/scripts/production-server.js';
import { IFRAME_APP_BUILDS, SHELL_BUILD } from './shell-build.js';
import { CSP_REPORTS_PATH, type CspReport } from '../../../shell/scripts/csp-reports.js';
import {
  exampleAudiences,
  startExampleApps,
  type RunningExampleApps,
} from '../../../shell/scripts/example-apps.js';

const repo = join(import.meta.dirname, '..', '..', '..');

/**
 * A Vite cache folder of this Playwright worker's own: workers run side by side, and a Vite server
 * that re-optimises into another's folder breaks the other's pages.
 */
export function workerCache(name: string): string {
  return join(repo, 'node_modules', '.vite', `${name}-${process.env.TEST_WORKER_INDEX ?? '0'}`);
}

export interface StackOptions {
  /**
   * How the portal is served: its production build as nginx serves it (the default, what people
   * get), or the development server of `npm start`.
   */
  readonly server?: 'production' | 'development';
  /** API audiences the portal may ask tokens for; each gets a running protected API. */
  readonly audiences?: readonly string[];
  readonly accessTokenTtl?: number;
  readonly sessionTtl?: number;
  /** Seconds before the session ends that the portal warns. */
  readonly sessionWarningSeconds?: number;
  /** The `auth.userStore` of the portal's configuration. */
  readonly userStore?: 'memory' | 'session';
  /** Collects what the feedback page sends (served at `/api/feedback`). */
  readonly feedback?: unknown[];
  /**
   * Collects the Content-Security-Policy violation reports browsers send (served at
   * `/api/csp-reports` and named as `cspReports` in `/config.json`), stripped as the collector
   * strips them.
   */
  readonly cspReports?: CspReport[];
  /**
   * App folders the portal's server serves under `/apps/<id>/`, read on every request: a test
   * changes the map it passed to deploy a fixed app (or to take one away) while the stack runs.
   */
  readonly apps?: Record<string, string>;
  /**
   * The app registry served at `/registry.json` (and named in `/config.json`), read on every
   * request; a function may answer differently over time. Without it the portal runs without apps.
   */
  readonly registry?: unknown[] | (() => unknown);
  /**
   * Runs the example vendor apps (packages/app-*) with their APIs, listed in the registry before
   * the apps of `registry` and served beside the folders of `apps`.
   */
  readonly exampleApps?: boolean;
  /** The portal's `tenants`: education provider id → tenant id (its brand). */
  readonly tenants?: Record<string, string>;
  /** The portal's `apps` time limits (`importTimeoutMs`, `lifecycleTimeoutMs`). */
  readonly appTimeouts?: {
    readonly importTimeoutMs?: number;
    readonly lifecycleTimeoutMs?: number;
  };
}

export interface Stack {
  readonly idp: RunningIdentityProvider;
  readonly portal: RunningPortal;
  /** One protected API per audience, keyed by audience. */
  readonly apis: ReadonlyMap<string, RunningProtectedApi>;
  /** The example apps, when asked for. */
  readonly examples: RunningExampleApps | undefined;
  /** Takes the identity provider off the network (its sessions kept), as an outage would. */
  pauseIdp(): Promise<void>;
  /** Brings it back on the same address, with the sessions it had. */
  resumeIdp(): Promise<void>;
  stop(): Promise<void>;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const exampleAudienceList = options.exampleApps ? exampleAudiences() : [];
  const audiences = options.audiences ?? [];
  const sessionTtl = options.sessionTtl ?? 3600;
  let issuer = '';
  let examples: RunningExampleApps | undefined;
  const ownRegistry = options.registry;
  const registry: StackOptions['registry'] = options.exampleApps
    ? () => [
        ...(examples?.registry ?? []),
        ...(((typeof ownRegistry === 'function' ? ownRegistry() : ownRegistry) as
          unknown[] | undefined) ?? []),
      ]
    : ownRegistry;
  const ownApps = options.apps;
  const apps = options.exampleApps ? undefined : ownApps;
  // The portal's port must be known before the provider registers its redirect URIs.
  const portalOptions = {
    ...(registry === undefined
      ? {}
      : { registry: typeof registry === 'function' ? registry : () => registry }),
    ...(options.exampleApps
      ? { apps: () => ({ ...examples?.folders, ...ownApps }) }
      : apps === undefined
        ? {}
        : { apps: () => apps }),
    ...(options.feedback ? { feedback: (entry: unknown) => options.feedback?.push(entry) } : {}),
    ...(options.cspReports
      ? { cspReports: (report: CspReport) => options.cspReports?.push(report) }
      : {}),
    config: () => ({
      ...(registry === undefined ? {} : { registry: '/registry.json' }),
      ...(options.feedback ? { feedback: '/api/feedback' } : {}),
      ...(options.cspReports ? { cspReports: CSP_REPORTS_PATH } : {}),
      ...(options.appTimeouts ? { apps: options.appTimeouts } : {}),
      ...(options.tenants ? { tenants: options.tenants } : {}),
      auth: {
        authority: issuer,
        clientId: 'digione-portal',
        resources: [...exampleAudienceList, ...audiences],
        userStore: options.userStore ?? 'memory',
        sessionLifetimeSeconds: sessionTtl,
        sessionWarningSeconds: options.sessionWarningSeconds ?? 300,
      },
    }),
  };
  const portal: RunningPortal =
    options.server === 'development'
      ? await startPortalServer({
          ...portalOptions,
          port: 0,
          watch: false,
          cacheDir: workerCache('e2e-portal'),
        })
      : await startProductionPortal({ ...portalOptions, dist: SHELL_BUILD });
  const idp = await startProviderForPortal(portal.origin, {
    resources: [...exampleAudienceList, ...audiences].map((audience) => ({ audience })),
    accessTokenTtl: options.accessTokenTtl ?? 300,
    sessionTtl,
  });
  issuer = idp.issuer;
  const apis = new Map<string, RunningProtectedApi>();
  for (const audience of audiences) {
    apis.set(
      audience,
      await startProtectedApi({ issuer: idp.issuer, audience, allowedOrigin: portal.origin }),
    );
  }
  if (options.exampleApps) {
    examples = await startExampleApps({
      issuer: idp.issuer,
      portalOrigin: portal.origin,
      // The iframe app's built page, as its vendor hosts it (the development server of
      // `npm start` needs many times the time to start it on a busy machine).
      ...(options.server === 'development'
        ? { cacheDir: workerCache('e2e-iframe-apps') }
        : { iframeBuilds: IFRAME_APP_BUILDS }),
    });
  }
  return {
    idp,
    portal,
    apis,
    examples,
    pauseIdp: () => idp.pause(),
    resumeIdp: () => idp.resume(),
    async stop() {
      for (const api of apis.values()) await api.stop();
      await examples?.stop();
      await idp.stop();
      await portal.stop();
    },
  };
}
