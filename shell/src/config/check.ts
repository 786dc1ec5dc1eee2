/**
 * The checks of the portal's deployment files: `/config.json` and an education provider's own
 * file, each against its JSON Schema (through the validator generated from it, `schema-errors.ts`)
 * and then for what a schema cannot say (`beyond-schema.ts`): what `loadRuntimeConfig` and
 * `loadProviderFile` run on what they fetch, and the operator's check (`digione-check`) runs before
 * a deployment. (Loaded beside `/config.json` as a chunk of its own instead, it cost the boot on a
 * slow phone network more than half a second, measured: a round trip of its own.)
 */
import { beyondSchema, isRecord, providerBeyondSchema } from './beyond-schema.js';
import { ConfigError } from './config-error.js';
import type { ConfigInput, ProviderConfig, RuntimeConfig } from './runtime-config.js';
import { configSchemaProblems, providerSchemaProblems } from './schema-errors.js';

const DEFAULTS = {
  scope: 'openid profile',
  redirectPath: '/auth/callback',
  postLogoutRedirectPath: '/signed-out',
  userStore: 'memory',
  sessionLifetimeSeconds: 8 * 60 * 60,
  sessionWarningSeconds: 5 * 60,
  importTimeoutMs: 10_000,
  lifecycleTimeoutMs: 5_000,
  sampleRate: 1,
} as const;

/**
 * Every problem of a parsed `/config.json`: first what its JSON Schema
 * (`@digione/shell/schema/config.schema.json`) finds, then what a schema cannot say (plain http only
 * on this computer, URLs that parse, an app listed twice by a provider). None when it can be used.
 */
export function configProblems(input: unknown): ConfigError[] {
  const found = configSchemaProblems(input);
  if (isRecord(input)) found.push(...beyondSchema(input, found));
  return found.map((p) => new ConfigError(p.path, p.message));
}

/** Checks a parsed `/config.json` and fills in defaults; throws `ConfigError` naming the field. */
export function parseRuntimeConfig(input: unknown): RuntimeConfig {
  const problems = configProblems(input);
  if (problems.length > 0) throw problems[0];
  const root = input as ConfigInput;
  const auth = root.auth;
  const scope = auth.scope ?? DEFAULTS.scope;
  return {
    registry: root.registry,
    feedback: root.feedback,
    cspReports: root.cspReports,
    apps: {
      importTimeoutMs: root.apps?.importTimeoutMs ?? DEFAULTS.importTimeoutMs,
      lifecycleTimeoutMs: root.apps?.lifecycleTimeoutMs ?? DEFAULTS.lifecycleTimeoutMs,
    },
    providers: root.providers && Object.freeze({ ...root.providers }),
    telemetry: root.telemetry && {
      endpoint: root.telemetry.endpoint,
      sampleRate: root.telemetry.sampleRate ?? DEFAULTS.sampleRate,
    },
    auth: {
      authority: auth.authority.replace(/\/$/, ''),
      clientId: auth.clientId,
      scope: scope.split(/\s+/).includes('openid') ? scope : `openid ${scope}`,
      redirectPath: auth.redirectPath ?? DEFAULTS.redirectPath,
      postLogoutRedirectPath: auth.postLogoutRedirectPath ?? DEFAULTS.postLogoutRedirectPath,
      userStore: auth.userStore ?? DEFAULTS.userStore,
      resources: [...(auth.resources ?? [])],
      sessionLifetimeSeconds: auth.sessionLifetimeSeconds ?? DEFAULTS.sessionLifetimeSeconds,
      sessionWarningSeconds: auth.sessionWarningSeconds ?? DEFAULTS.sessionWarningSeconds,
    },
  };
}

/**
 * Every problem of an education provider's own file (one `ProviderConfig`, as
 * `@digione/shell/schema/provider.schema.json` says), named with `file`, the URL it came from.
 */
export function providerProblems(input: unknown, file: string): ConfigError[] {
  const found = providerSchemaProblems(input);
  if (isRecord(input)) found.push(...providerBeyondSchema(input, [], input, found));
  return found.map((p) => new ConfigError(p.path, p.message, file));
}

/** Checks an education provider's own file; throws `ConfigError` naming `file` and the field. */
export function parseProviderConfig(input: unknown, file: string): ProviderConfig {
  const problems = providerProblems(input, file);
  if (problems.length > 0) throw problems[0];
  return input as ProviderConfig;
}
