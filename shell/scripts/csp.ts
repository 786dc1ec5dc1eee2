/**
 * DigiOne Portal's Content-Security-Policy: one definition for the development server (computed
 * per request, with a nonce) and for production (computed at deploy time from the built
 * index.html, `/config.json` and `/registry.json`; see README "Deploying").
 *
 * No inline script but the import map (allowed by its hash), no inline style, no eval, and
 * Trusted Types required: the only policy the page may create is Lit's. The other origins come
 * from the deployment, never from the build: the identity provider, the registry and the feedback
 * service (connect-src),
 * module apps (scripts, styles, images, fonts and their own fetches), the APIs those apps call, and
 * iframe apps (frame-src). Violations, Trusted Types' among them, are reported where `/config.json`'s
 * `cspReports` says: `report-to` with the `Reporting-Endpoints` header, and `report-uri` for
 * browsers without the Reporting API. A portal served over plain http (the development server,
 * the tests' portal) reports through `report-uri` alone: Chromium reads `Reporting-Endpoints` only
 * from https responses, and ignores `report-uri` in a policy that has `report-to`, so with both it
 * would report nothing.
 */
import { createHash } from 'node:crypto';
import { parseRuntimeConfig } from '../src/config/check.js';
// The validator's own module: the SDK's entry point also loads its browser runtime, which a deploy
// step on a build machine has no use for.
import { validateRegistry } from '../../sdk/src/manifest/validate.js';

/**
 * The Trusted Types policies the portal page creates. `lit-html` is Lit's, for its templates; no
 * other code on the page (Vite's client, @lit/localize, oidc-client-ts, single-spa, the SDK, the
 * components) writes to an injection sink. A module app that bundles its own copy of Lit instead
 * of using the shared one fails to start here, in its own area, because the name is taken.
 * `default` is the shell's, made before any app's code runs (shell/src/apps/loader.ts): it lets
 * code empty an element with `innerHTML = ''`, as single-spa-vue does at unmount, and no more.
 */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'default'] as const;

/** The Reporting API group of the policy's `report-to`, defined by `Reporting-Endpoints`. */
export const REPORTING_GROUP = 'csp';

/** The origins a deployment adds to the policy. */
export interface PolicySources {
  /** Fetch targets besides the portal itself: the identity provider, the registry, app APIs. */
  readonly connect: readonly string[];
  /** Where module apps come from: their code, styles, images, fonts and fetches. */
  readonly modules: readonly string[];
  /** Where iframe apps come from. */
  readonly frames: readonly string[];
  /** Where education providers' logos come from, beside the portal (their https URLs). */
  readonly images?: readonly string[];
  /**
   * Where browsers send violation reports (`/config.json`'s `cspReports`: a path on the portal or
   * a URL); none: violations are not reported.
   */
  readonly reports?: string | undefined;
  /**
   * Whether reports go through the Reporting API too (`report-to`, with the `Reporting-Endpoints`
   * header of `policyHeaders`): default true; false for a portal served over plain http (see the
   * module's comment).
   */
  readonly reportingApi?: boolean;
}

export interface PolicyOptions extends PolicySources {
  /** `'sha256-…'` sources of the page's inline scripts: the import map. */
  readonly scriptHashes?: readonly string[];
  /** A fresh nonce of this response (development: Vite adds its styles as `<style nonce>`). */
  readonly nonce?: string;
}

/** The policy as a header value: directives separated by "; ". */
export function contentSecurityPolicy(options: PolicyOptions): string {
  const nonce = options.nonce ? [`'nonce-${options.nonce}'`] : [];
  const hashes = options.scriptHashes ?? [];
  const { connect, modules, frames } = options;
  const directives: readonly (readonly [string, readonly string[]])[] = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'", ...hashes, ...nonce, ...modules]],
    ['style-src', ["'self'", ...nonce, ...modules]],
    // Education providers' logos: paths on the portal, SVG data URLs or https URLs (images).
    ['img-src', ["'self'", 'data:', ...(options.images ?? []), ...modules]],
    ['font-src', ["'self'", ...modules]],
    ['connect-src', ["'self'", ...connect, ...modules]],
    ['frame-src', frames.length > 0 ? frames : ["'none'"]],
    ['manifest-src', ["'self'"]],
    ['form-action', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['object-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['require-trusted-types-for', ["'script'"]],
    ['trusted-types', TRUSTED_TYPES_POLICIES],
    // Browsers with the Reporting API use report-to and ignore report-uri; others use report-uri.
    ...(options.reports ? [['report-uri', [reportsUrl(options.reports)]] as const] : []),
    ...(options.reports && options.reportingApi !== false
      ? [['report-to', [REPORTING_GROUP]] as const]
      : []),
  ];
  return directives.map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`).join('; ');
}

/**
 * The reports' address as the policy and `Reporting-Endpoints` can hold it: printable ASCII,
 * without what ends a directive or a structured-header string.
 */
function reportsUrl(reports: string): string {
  if (!/^[\x21-\x7e]+$/.test(reports) || /[;,"'\\]/.test(reports)) {
    throw new Error(`The CSP reports address "${reports}" holds a character a header cannot.`);
  }
  return reports;
}

/** The `Reporting-Endpoints` header that defines the policy's reporting group. */
function reportingEndpoints(reports: string): string {
  return `${REPORTING_GROUP}="${reportsUrl(reports)}"`;
}

/**
 * The policy's response headers: Content-Security-Policy, and `Reporting-Endpoints` when it
 * reports through the Reporting API.
 */
export function policyHeaders(options: PolicyOptions): [string, string][] {
  const headers: [string, string][] = [['Content-Security-Policy', contentSecurityPolicy(options)]];
  if (options.reports && options.reportingApi !== false) {
    headers.push(['Reporting-Endpoints', reportingEndpoints(options.reports)]);
  }
  return headers;
}

/** A deployment: what the portal is configured with, as its operator serves it. */
export interface Deployment {
  /** The parsed `/config.json`. */
  readonly config: unknown;
  /** The parsed app registry (an array of app manifests); none when the portal runs without apps. */
  readonly registry?: unknown;
  /** The portal's own origin, e.g. `https://portal.vantaa.fi`: relative app URLs resolve to it. */
  readonly portalOrigin?: string;
  /** More fetch targets, e.g. the APIs of apps whose audience is a URN rather than the API's URL. */
  readonly connect?: readonly string[];
  /** Let apps load over http from this computer (development and tests). Default false. */
  readonly allowLocalhost?: boolean;
}

/** The policy's origins for a deployment, and why some apps of the registry got none. */
export interface DeploymentSources extends PolicySources {
  /** Apps left out (the shell skips them too), each naming the app and the field. */
  readonly skipped: readonly string[];
}

/**
 * The origins a deployment needs. Only apps the shell will run count: the registry is checked with
 * the SDK's `validateRegistry`, as the shell checks it. Throws `ConfigError` for an unusable
 * `/config.json`.
 */
export function deploymentSources(deployment: Deployment): DeploymentSources {
  const config = parseRuntimeConfig(deployment.config);
  const base = deployment.portalOrigin ?? 'https://portal.invalid';
  const own = new URL(base).origin;
  const connect = new Set<string>([new URL(config.auth.authority).origin]);
  const modules = new Set<string>();
  const frames = new Set<string>();
  const add = (set: Set<string>, url: string): void => {
    const { origin } = new URL(url, base);
    if (origin !== own) set.add(origin);
  };
  if (config.registry) add(connect, config.registry);
  if (config.feedback) add(connect, config.feedback);
  // Education providers' own files (on a CDN, say), fetched when a person acts in their schools.
  for (const provider of Object.values(config.providers ?? {})) {
    if (typeof provider === 'string') add(connect, provider);
  }
  // Telemetry goes out as beacons (fetches): its receiver needs a place in connect-src.
  if (config.telemetry) add(connect, config.telemetry.endpoint);
  // Reports are not fetches of the page: the endpoint needs no place in connect-src.
  for (const origin of deployment.connect ?? []) add(connect, origin);
  // The logos of the brands in /config.json. A brand in a provider's own file is not known here:
  // its logo belongs on the portal or in a data URL.
  const images = new Set<string>();
  for (const provider of Object.values(config.providers ?? {})) {
    const logo = typeof provider === 'string' ? undefined : provider.brand?.logo;
    if (logo?.startsWith('https:')) add(images, logo);
  }

  const result = validateRegistry(deployment.registry ?? [], {
    production: !deployment.allowLocalhost,
  });
  for (const app of result.apps) {
    if (app.isolation === 'iframe') {
      // frame-src starts from 'none': an iframe app on the portal's own origin needs 'self' named.
      const { origin } = new URL(app.origin ?? app.entry, base);
      frames.add(origin === own ? "'self'" : origin);
      continue;
    }
    add(modules, app.entry);
    // Where the app's requests go: its API's URL, else an audience that is a URL.
    const api = app.api.url ?? app.api.audience;
    if (/^https?:\/\//.test(api)) add(connect, api);
  }
  // Each message names the app and the field already.
  const skipped = result.errors.map((e) => e.message);
  return {
    connect: [...connect],
    modules: [...modules],
    frames: [...frames],
    images: [...images],
    reports: config.cspReports,
    // The Reporting API only where browsers use it: on a portal served over https.
    reportingApi: new URL(base).protocol === 'https:',
    skipped,
  };
}

/**
 * `'sha256-…'` sources of every inline `<script>` of an HTML page — in the built index.html, the
 * import map. The hash covers the element's text exactly as the file holds it.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes = '', text = ''] = match;
    if (/\bsrc\s*=/i.test(attributes) || text === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The production policy of a built shell (its index.html) in a deployment. */
export function productionPolicy(html: string, deployment: Deployment): string {
  const sources = deploymentSources(deployment);
  return contentSecurityPolicy({ ...sources, scriptHashes: inlineScriptHashes(html) });
}

/** The production policy's headers (`policyHeaders`) of a built shell in a deployment. */
export function productionHeaders(html: string, deployment: Deployment): [string, string][] {
  const sources = deploymentSources(deployment);
  return policyHeaders({ ...sources, scriptHashes: inlineScriptHashes(html) });
}

/**
 * The headers of nginx `add_header` lines with a quoted value ("…" or '…'), as nginx sends them:
 * the security headers of docs/deploy/nginx.conf, or the policy's headers of `nginxSnippet`.
 */
export function nginxHeaders(conf: string): [string, string][] {
  return [...conf.matchAll(/^\s*add_header\s+([\w-]+)\s+(["'])(.*?)\2\s+always;/gm)].map(
    ([, name = '', , value = '']) => [name, value],
  );
}

/**
 * The policy's headers (`policyHeaders`) as nginx configuration, for `include` in the portal's
 * `server` block.
 */
export function nginxSnippet(headers: readonly (readonly [string, string])[]): string {
  const lines = headers.map(([name, value]) => {
    if (value.includes('$') || (value.includes('"') && value.includes("'"))) {
      throw new Error(`The ${name} header holds a character nginx would misread.`);
    }
    // Reporting-Endpoints holds double quotes: nginx takes them inside single ones.
    const quote = value.includes('"') ? "'" : '"';
    return `add_header ${name} ${quote}${value}${quote} always;`;
  });
  return [
    '# Generated by `npm run csp -w @digione/shell`: the Content-Security-Policy of this',
    '# deployment (build, /config.json and /registry.json), and where it reports violations.',
    '# Generate it again when any of them changes.',
    ...lines,
    '',
  ].join('\n');
}
