/**
 * The portal's runtime configuration, read from `/config.json` when the page opens. One build runs
 * against the local identity provider, a test environment or MPASSid in production: only this file
 * differs between them, never the bundle. It is checked against its JSON Schema (`schema.ts`,
 * published as `@digione/shell/schema/config.schema.json`) through the validator generated from it,
 * then for what a schema cannot say (`beyond-schema.ts`), both in `check.ts`; the operator's check
 * (`digione-check`) runs the same checks before a deployment.
 */
import { FetchLimitError, fetchText } from './bounded-fetch.js';
import { parseRuntimeConfig } from './check.js';
import { ConfigError } from './config-error.js';

export { ConfigError };

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

/** A text in each of the portal's languages. */
export interface LocalizedText {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

/** A brand's colours in one theme (`#rrggbb`); the shell sets them as the accent tokens. */
export interface BrandColors {
  readonly accent: string;
  readonly accentHover: string;
  readonly accentSubtle: string;
  /** Text on an accent fill; the theme's own when absent. */
  readonly onAccent?: string;
}

/**
 * An education provider's brand, worn while a person acts in one of its schools. High contrast
 * never takes a brand's colours.
 */
export interface BrandConfig {
  /** The name beside the logo; the provider's name when absent. */
  readonly name?: LocalizedText;
  /** A path on the portal, an https URL or a `data:image/svg+xml` URL. */
  readonly logo: string;
  readonly colors: { readonly light: BrandColors; readonly dark: BrandColors };
}

/** An app an education provider has: in every school (its id), or only in the schools named. */
export type AppEnablement = string | { readonly id: string; readonly schools: readonly string[] };

/** An education provider (municipality or school organiser) on the platform. */
export interface ProviderConfig {
  readonly name: LocalizedText;
  /** DigiOne's brand when absent. */
  readonly brand?: BrandConfig;
  /** The apps the provider has procured, enabled for its schools. */
  readonly apps: readonly AppEnablement[];
}

/** Where the shell reports what it sees in the field, in OpenTelemetry's OTLP/HTTP format. */
export interface TelemetryConfig {
  /** The OTLP/HTTP receiver's base: a path on the portal or an https URL. */
  readonly endpoint: string;
  /** The share of page views that report, 0–1 (default 1). */
  readonly sampleRate: number;
}

export interface RuntimeConfig {
  readonly auth: AuthConfig;
  /**
   * The education providers by id (business id, Y-tunnus, or the OID MPASSid names them with): each one's settings, or the URL of its
   * own file (fetched only when a person acts in one of its schools). Undefined: every registered
   * app is available everywhere, as in a portal of one provider.
   */
  readonly providers: Readonly<Record<string, ProviderConfig | string>> | undefined;
  /** Undefined: nothing is reported. */
  readonly telemetry: TelemetryConfig | undefined;
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

/** `/config.json` as its schema lets it be: what `parseRuntimeConfig` reads once it passed. */
export interface ConfigInput {
  readonly auth: { readonly authority: string; readonly clientId: string } & Partial<
    Omit<AuthConfig, 'authority' | 'clientId'>
  >;
  readonly registry?: string;
  readonly feedback?: string;
  readonly cspReports?: string;
  readonly apps?: Partial<AppsConfig>;
  readonly providers?: Readonly<Record<string, ProviderConfig | string>>;
  readonly telemetry?: { readonly endpoint: string; readonly sampleRate?: number };
}
