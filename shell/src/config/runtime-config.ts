/**
 * The portal's runtime configuration, read from `/config.json` when the page opens. One build runs
 * against the local identity provider, a test environment or MPASSid in production: only this file
 * differs between them, never the bundle.
 */
import { FetchLimitError, fetchText } from './bounded-fetch.js';

/** How the shell signs people in. */
export interface AuthConfig {
  /** The OpenID Provider's issuer URL (discovery lives under it). */
  readonly authority: string;
  /** The portal's public client id at the provider. */
  readonly clientId: string;
  /** Scopes the shell asks for; `openid` is always included. */
  readonly scope: string;
  /** Where the provider sends the browser back after sign-in, relative to the portal's origin. */
  readonly redirectPath: string;
  /** Where the provider sends the browser after sign-out: the portal's signed-out page. */
  readonly postLogoutRedirectPath: string;
  /**
   * Where the signed-in user is kept: `memory` (default; a reload signs in again through the
   * provider's session, invisibly) or `session` (sessionStorage, survives reloads of this tab).
   */
  readonly userStore: 'memory' | 'session';
  /** Every API audience the portal may ask tokens for (RFC 8707 resource indicators). */
  readonly resources: readonly string[];
  /** How long the provider's session lasts, in seconds; the shell warns before it ends. */
  readonly sessionLifetimeSeconds: number;
  /** How long before the session ends the warning shows, in seconds. */
  readonly sessionWarningSeconds: number;
}

/** How the shell loads and runs apps. */
export interface AppsConfig {
  /**
   * Milliseconds an app's code may take to load (the ES module import, or an iframe app's page
   * until its handshake) before the shell shows an error in the app's area instead.
   */
  readonly importTimeoutMs: number;
  /** Milliseconds each lifecycle (bootstrap, mount, unmount) may take before the app counts as broken. */
  readonly lifecycleTimeoutMs: number;
}

export interface RuntimeConfig {
  readonly auth: AuthConfig;
  /**
   * Where the app registry is (a JSON array of app manifests): a path on the portal
   * (`/registry.json`) or an https URL. Undefined: the portal runs without apps.
   */
  readonly registry: string | undefined;
  /**
   * Where the feedback page posts what people send (JSON): a path on the portal or an https URL.
   * Undefined: the page says feedback cannot be sent.
   */
  readonly feedback: string | undefined;
  /**
   * Where browsers send reports of Content-Security-Policy and Trusted Types violations: a path on
   * the portal or an https URL, named in the policy (`report-uri`, and `report-to` with the
   * `Reporting-Endpoints` header) by the deploy step and the development server; the page itself
   * does not read it. Undefined: violations are not reported.
   */
  readonly cspReports: string | undefined;
  readonly apps: AppsConfig;
  /**
   * Tenant branding by education provider: the id of a school's provider (its business id) to the
   * tenant whose brand the portal wears while the person acts in that school. Others get DigiOne's.
   */
  readonly tenants: Readonly<Record<string, string>>;
}

/** A configuration that cannot be used, with the JSON path of the field at fault. */
export class ConfigError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`/config.json ${path}: ${message}`);
    this.name = 'ConfigError';
  }
}

const DEFAULTS = {
  scope: 'openid profile',
  redirectPath: '/auth/callback',
  postLogoutRedirectPath: '/signed-out',
  userStore: 'memory',
  resources: [],
  sessionLifetimeSeconds: 8 * 60 * 60,
  sessionWarningSeconds: 5 * 60,
  importTimeoutMs: 10_000,
  lifecycleTimeoutMs: 5_000,
} as const;

/** No time limit may exceed this (two minutes): a longer wait is a hung app, not a slow one. */
const MAX_TIMEOUT_MS = 120_000;

/** Checks a parsed `/config.json` and fills in defaults; throws `ConfigError` naming the field. */
export function parseRuntimeConfig(input: unknown): RuntimeConfig {
  const root = record(input, '$');
  const auth = record(root.auth, '$.auth');
  const authority = httpUrl(auth.authority, '$.auth.authority');
  const clientId = text(auth.clientId, '$.auth.clientId');
  const scope = optionalText(auth.scope, '$.auth.scope') ?? DEFAULTS.scope;
  const userStore = auth.userStore ?? DEFAULTS.userStore;
  if (userStore !== 'memory' && userStore !== 'session') {
    throw new ConfigError('$.auth.userStore', 'must be "memory" or "session"');
  }
  const resources = auth.resources ?? DEFAULTS.resources;
  if (!Array.isArray(resources)) {
    throw new ConfigError('$.auth.resources', 'must be a list of API audience URIs');
  }
  const apps = root.apps === undefined ? {} : record(root.apps, '$.apps');
  return {
    registry: root.registry === undefined ? undefined : location(root.registry, '$.registry'),
    feedback: root.feedback === undefined ? undefined : location(root.feedback, '$.feedback'),
    cspReports:
      root.cspReports === undefined ? undefined : location(root.cspReports, '$.cspReports'),
    apps: {
      importTimeoutMs:
        milliseconds(apps.importTimeoutMs, '$.apps.importTimeoutMs') ?? DEFAULTS.importTimeoutMs,
      lifecycleTimeoutMs:
        milliseconds(apps.lifecycleTimeoutMs, '$.apps.lifecycleTimeoutMs') ??
        DEFAULTS.lifecycleTimeoutMs,
    },
    tenants: tenants(root.tenants, '$.tenants'),
    auth: {
      authority: authority.replace(/\/$/, ''),
      clientId,
      scope: scope.split(/\s+/).includes('openid') ? scope : `openid ${scope}`,
      redirectPath: path(auth.redirectPath, '$.auth.redirectPath') ?? DEFAULTS.redirectPath,
      postLogoutRedirectPath:
        path(auth.postLogoutRedirectPath, '$.auth.postLogoutRedirectPath') ??
        DEFAULTS.postLogoutRedirectPath,
      userStore,
      resources: resources.map((r, i) => absoluteUri(r, `$.auth.resources[${i}]`)),
      sessionLifetimeSeconds:
        seconds(auth.sessionLifetimeSeconds, '$.auth.sessionLifetimeSeconds') ??
        DEFAULTS.sessionLifetimeSeconds,
      sessionWarningSeconds:
        seconds(auth.sessionWarningSeconds, '$.auth.sessionWarningSeconds') ??
        DEFAULTS.sessionWarningSeconds,
    },
  };
}

/** How long `/config.json` may take to load, by default; then the portal says it cannot start. */
export const CONFIG_TIMEOUT_MS = 10_000;
/** The largest `/config.json` the shell reads (256 KiB, far more than any configuration needs). */
export const CONFIG_MAX_BYTES = 256 * 1024;

/**
 * Fetches and checks `/config.json` (never cached: a deployment changes it without a new build),
 * within `limits`: after `timeoutMs` (default 10 s) or past `maxBytes` (default 256 KiB) it fails
 * with a `ConfigError`, and the request is cancelled.
 */
export async function loadRuntimeConfig(
  url = '/config.json',
  fetchImpl: typeof fetch = fetch,
  limits: { readonly timeoutMs?: number; readonly maxBytes?: number } = {},
): Promise<RuntimeConfig> {
  let text: string;
  try {
    const answer = await fetchText(
      fetchImpl,
      url,
      { cache: 'no-store', credentials: 'same-origin' },
      {
        timeoutMs: limits.timeoutMs ?? CONFIG_TIMEOUT_MS,
        maxBytes: limits.maxBytes ?? CONFIG_MAX_BYTES,
      },
    );
    if (!answer.ok) throw new ConfigError('$', `could not be loaded (HTTP ${answer.status})`);
    text = answer.text;
  } catch (error) {
    if (error instanceof FetchLimitError) throw new ConfigError('$', error.message);
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ConfigError('$', 'is not valid JSON');
  }
  return parseRuntimeConfig(body);
}

function record(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(at, 'must be an object');
  }
  return value as Record<string, unknown>;
}

function text(value: unknown, at: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigError(at, 'must be a non-empty string');
  }
  return value;
}

function optionalText(value: unknown, at: string): string | undefined {
  return value === undefined ? undefined : text(value, at);
}

function httpUrl(value: unknown, at: string): string {
  const url = parseUrl(text(value, at), at);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(at, 'must be an http(s) URL');
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new ConfigError(at, 'must use https (plain http is allowed only on this computer)');
  }
  return url.href;
}

function absoluteUri(value: unknown, at: string): string {
  const uri = text(value, at);
  parseUrl(uri, at);
  if (uri.includes('#')) throw new ConfigError(at, 'must not contain a fragment (RFC 8707)');
  return uri;
}

function path(value: unknown, at: string): string | undefined {
  if (value === undefined) return undefined;
  const p = text(value, at);
  if (!p.startsWith('/') || p.startsWith('//')) {
    throw new ConfigError(at, 'must be a path on the portal, starting with a single "/"');
  }
  return p;
}

function seconds(value: unknown, at: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new ConfigError(at, 'must be a positive whole number of seconds');
  }
  return value;
}

/** A path on the portal ("/registry.json") or an http(s) URL (https unless on this computer). */
function location(value: unknown, at: string): string {
  const given = text(value, at);
  if (given.startsWith('/') && !given.startsWith('//') && !given.startsWith('/\\')) return given;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(given)) {
    throw new ConfigError(at, 'must be a path on the portal starting with "/", or an https URL');
  }
  return httpUrl(given, at);
}

function milliseconds(value: unknown, at: string): number | undefined {
  if (value === undefined) return undefined;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value <= 0 ||
    value > MAX_TIMEOUT_MS
  ) {
    throw new ConfigError(
      at,
      `must be a whole number of milliseconds between 1 and ${MAX_TIMEOUT_MS}`,
    );
  }
  return value;
}

function tenants(value: unknown, at: string): Readonly<Record<string, string>> {
  if (value === undefined) return {};
  const given = record(value, at);
  const result: Record<string, string> = {};
  for (const [provider, tenant] of Object.entries(given)) {
    const id = text(tenant, `${at}["${provider}"]`);
    if (!/^[a-z][a-z0-9-]*$/.test(id)) {
      throw new ConfigError(`${at}["${provider}"]`, 'must be a tenant id (lowercase kebab-case)');
    }
    result[provider] = id;
  }
  return Object.freeze(result);
}

function parseUrl(value: string, at: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new ConfigError(at, `"${value}" is not an absolute URL`);
  }
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
