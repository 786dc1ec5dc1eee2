/**
 * The portal as the end-to-end tests meet it: the local identity provider, the portal and the APIs
 * apps call, each on a free port of 127.0.0.1, started by the test and stopped after it.
 *
 * By default the portal is its production build served by a real nginx with docs/deploy/nginx.conf
 * (support/nginx.ts), over https with the test's certificate, with `/config.json`,
 * `/registry.json` and the Content-Security-Policy deployed as an operator deploys them. What the
 * documented nginx does not serve runs beside it on an origin of its own (support/app-host.ts):
 * the module apps' code, the feedback service and the violation reports' collector.
 */
import {
  startProviderForPortal,
  startProtectedApi,
  type RunningIdentityProvider,
  type RunningProtectedApi,
} from '@digione/dev-idp';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_BRANDS } from '../../../packages/components/src/tokens/example-brands.js';
import { productionHeaders } from '../../../shell/scripts/csp.js';
import { FEEDBACK_PATH, OTLP_PATH, type OtlpExport } from '../../../shell/scripts/endpoints.js';
import { startPortalServer, type RunningPortal } from '../../../shell/scripts/portal-server.js';
import { startAppHost, type RunningAppHost } from './app-host.js';
import { prepareNginx, type Nginx } from './nginx.js';
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
   * How the portal is served: its production build served by nginx (the default, what people
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
  /** Collects what the feedback page sends (at `endpoints.feedback`). */
  readonly feedback?: unknown[];
  /**
   * Collects the Content-Security-Policy violation reports browsers send (at
   * `endpoints.cspReports`, named as `cspReports` in `/config.json`), stripped as the collector
   * strips them.
   */
  readonly cspReports?: CspReport[];
  /**
   * Collects the portal's telemetry, received at `/api/otlp` (named as `telemetry.endpoint`);
   * development server only.
   */
  readonly telemetry?: OtlpExport[];
  /**
   * App folders served under `/apps/<id>/` (by the development server on the portal's origin; beside
   * nginx, on the app host's, where registry entries of `/apps/…` point), read on every request: a
   * test changes the map it passed to deploy a fixed app (or to take one away) while the stack runs.
   */
  readonly apps?: Record<string, string>;
  /**
   * The app registry served at `/registry.json` (and named in `/config.json`); a function may
   * answer differently over time. The development server reads it on every request; nginx serves
   * what was deployed last — at the start and at every `deploy()`. Without it the portal runs
   * without apps.
   */
  readonly registry?: unknown[] | (() => unknown);
  /**
   * Runs the example vendor apps (packages/app-*) with their APIs, listed in the registry before
   * the apps of `registry` and served beside the folders of `apps`.
   */
  readonly exampleApps?: boolean;
  /**
   * The portal's `providers`: education provider id (business id) → its settings (name, brand,
   * apps) or the URL of its own file.
   */
  readonly providers?: Record<string, unknown>;
  /** The portal's `apps` time limits (`importTimeoutMs`, `lifecycleTimeoutMs`). */
  readonly appTimeouts?: {
    readonly importTimeoutMs?: number;
    readonly lifecycleTimeoutMs?: number;
  };
}

export interface Stack {
  readonly idp: RunningIdentityProvider;
  readonly portal: RunningPortal;
  /** Where the portal's feedback page posts, and where browsers report violations. */
  readonly endpoints: { readonly feedback: string; readonly cspReports: string };
  /** One protected API per audience, keyed by audience. */
  readonly apis: ReadonlyMap<string, RunningProtectedApi>;
  /** The example apps, when asked for. */
  readonly examples: RunningExampleApps | undefined;
  /** Takes the identity provider off the network (its sessions kept), as an outage would. */
  pauseIdp(): Promise<void>;
  /** Brings it back on the same address, with the sessions it had. */
  resumeIdp(): Promise<void>;
  /**
   * Deploys `/config.json`, `/registry.json` and the policy again from the options, as an operator
   * does after changing them (nginx reloads when the policy changes); the development server needs
   * none (it reads them on every request).
   */
  deploy(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The example education providers (Vantaa, Espoo, or those of `ids`), each wearing its example brand
 * and having `apps` in every school: the portal's `providers` for tests where apps go by role.
 */
export function brandedProviders(
  apps: readonly string[],
  ids: readonly (keyof typeof EXAMPLE_BRANDS)[] = ['0124610-9', '0101263-6'],
): Record<string, unknown> {
  return Object.fromEntries(
    ids.map((id) => [id, { name: EXAMPLE_BRANDS[id].name, brand: EXAMPLE_BRANDS[id], apps }]),
  );
}

/** Where registry entries of `/apps/…` point beside nginx: the app host. */
function hostedEntries(registry: unknown, host: string): unknown {
  if (!Array.isArray(registry)) return registry;
  return registry.map((app: unknown) =>
    app !== null &&
    typeof app === 'object' &&
    'entry' in app &&
    typeof app.entry === 'string' &&
    app.entry.startsWith('/apps/')
      ? { ...app, entry: `${host}${app.entry}` }
      : app,
  );
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const exampleAudienceList = options.exampleApps ? exampleAudiences() : [];
  const audiences = options.audiences ?? [];
  const sessionTtl = options.sessionTtl ?? 3600;
  let issuer = '';
  let examples: RunningExampleApps | undefined;
  const ownRegistry = options.registry;
  const registry: (() => unknown) | undefined = options.exampleApps
    ? () => [
        ...(examples?.registry ?? []),
        ...(((typeof ownRegistry === 'function' ? ownRegistry() : ownRegistry) as
          unknown[] | undefined) ?? []),
      ]
    : ownRegistry === undefined
      ? undefined
      : typeof ownRegistry === 'function'
        ? ownRegistry
        : () => ownRegistry;
  const ownApps = options.apps;
  const apps: (() => Readonly<Record<string, string>>) | undefined = options.exampleApps
    ? () => ({ ...examples?.folders, ...ownApps })
    : ownApps === undefined
      ? undefined
      : () => ownApps;
  const feedback = options.feedback ? (entry: unknown) => options.feedback?.push(entry) : undefined;
  const cspReports = options.cspReports
    ? (report: CspReport) => options.cspReports?.push(report)
    : undefined;
  const config = (endpoints: Stack['endpoints']) => () => ({
    ...(registry === undefined ? {} : { registry: '/registry.json' }),
    ...(options.feedback ? { feedback: endpoints.feedback } : {}),
    ...(options.cspReports ? { cspReports: endpoints.cspReports } : {}),
    ...(options.telemetry ? { telemetry: { endpoint: OTLP_PATH } } : {}),
    ...(options.appTimeouts ? { apps: options.appTimeouts } : {}),
    ...(options.providers ? { providers: options.providers } : {}),
    auth: {
      authority: issuer,
      clientId: 'digione-portal',
      resources: [...exampleAudienceList, ...audiences],
      userStore: options.userStore ?? 'memory',
      sessionLifetimeSeconds: sessionTtl,
      sessionWarningSeconds: options.sessionWarningSeconds ?? 300,
    },
  });

  // The portal's address must be known before the provider registers its redirect URIs.
  let portal: RunningPortal;
  let endpoints: Stack['endpoints'];
  let deploy: () => Promise<void>;
  let nginx: Nginx | undefined;
  let host: RunningAppHost | undefined;
  if (options.server === 'development') {
    endpoints = { feedback: FEEDBACK_PATH, cspReports: CSP_REPORTS_PATH };
    portal = await startPortalServer({
      ...(registry === undefined ? {} : { registry }),
      ...(apps === undefined ? {} : { apps }),
      ...(feedback ? { feedback } : {}),
      ...(cspReports ? { cspReports } : {}),
      ...(options.telemetry
        ? { telemetry: (received: OtlpExport) => options.telemetry?.push(received) }
        : {}),
      config: config(endpoints),
      port: 0,
      watch: false,
      cacheDir: workerCache('e2e-portal'),
    });
    endpoints = {
      feedback: `${portal.origin}${FEEDBACK_PATH}`,
      cspReports: `${portal.origin}${CSP_REPORTS_PATH}`,
    };
    deploy = () => Promise.resolve();
  } else {
    const server = await prepareNginx(SHELL_BUILD);
    nginx = server;
    const appHost = await startAppHost({
      portalOrigin: server.origin,
      certificate: server.certificate,
      ...(apps === undefined ? {} : { apps }),
      ...(feedback ? { feedback } : {}),
      ...(cspReports ? { cspReports } : {}),
    });
    host = appHost;
    endpoints = { feedback: appHost.feedbackUrl, cspReports: appHost.cspReportsUrl };
    const configOf = config(endpoints);
    const html = readFileSync(join(SHELL_BUILD, 'index.html'), 'utf8');
    portal = { origin: server.origin, stop: () => server.stop() };
    deploy = () => {
      const deployed = configOf();
      const listed = registry && hostedEntries(registry(), appHost.origin);
      return server.deploy({
        files: {
          'config.json': JSON.stringify(deployed),
          ...(listed === undefined ? {} : { 'registry.json': JSON.stringify(listed) }),
        },
        policy: productionHeaders(html, {
          config: deployed,
          registry: listed ?? [],
          portalOrigin: server.origin,
          allowLocalhost: true,
        }),
      });
    };
  }
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
  const stop = async (): Promise<void> => {
    for (const api of apis.values()) await api.stop();
    await examples?.stop();
    await idp.stop();
    await portal.stop();
    await host?.stop();
  };
  if (nginx) {
    try {
      await deploy();
      await nginx.start();
    } catch (error) {
      // Nothing of a stack that could not start is left running.
      await stop();
      throw error;
    }
  }
  return {
    idp,
    portal,
    endpoints,
    apis,
    examples,
    pauseIdp: () => idp.pause(),
    resumeIdp: () => idp.resume(),
    deploy,
    stop,
  };
}
