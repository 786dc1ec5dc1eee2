/**
 * The app registry: a JSON array of app manifests that the operator publishes (its address comes
 * from `/config.json`, never from the build). Every manifest is checked with the SDK's
 * `validateRegistry`; an invalid one is skipped — logged once for the operator and listed on the
 * diagnostics page — and every valid one runs. A national registry holds hundreds of apps of which a
 * person uses a few dozen where they act: `readRegistryPart` checks those first, so their apps
 * start without waiting for the check of all the others (see `portal/registry-loader.ts`).
 */
import type { AppManifest } from '@digione/sdk';
import { CONTRACT_VERSION } from '@digione/sdk/host';
import { routesCollide, validateRegistry, type ManifestError } from '@digione/sdk/manifest';
import { FetchLimitError, fetchText } from '../config/bounded-fetch.js';
import { RESERVED_PATHS } from './routes.js';
import { REGISTRY_REQUEST } from '../portal/early-registry.js';

/** One field of a skipped manifest and what is wrong with it. */
export interface SkippedField {
  /** The JSON path inside the app's manifest, e.g. `nav[0].label.sv`; `(root)` for all of it. */
  readonly path: string;
  readonly message: string;
}

/** A registry entry the shell does not run, and why. */
export interface SkippedApp {
  /** The app's id, when the entry has a readable one. */
  readonly id?: string;
  /** Where the entry stands in the registry (0-based). */
  readonly index: number;
  readonly errors: readonly SkippedField[];
}

/** What the shell takes from a registry: the apps to run and the entries it skipped. */
export interface RegistryContents {
  readonly apps: readonly AppManifest[];
  readonly skipped: readonly SkippedApp[];
  /**
   * Only some entries are checked yet (`readRegistryPart`): `apps` are theirs, `skipped` is empty,
   * and the whole registry's contents follow.
   */
  readonly partial?: true;
}

/**
 * Why a registry could not be used at all: it could not be fetched (`unreachable`, `http`), it
 * took too long (`timeout`) or is too large (`too-large`), a newer request replaced it (`aborted`),
 * or it is not a list of manifests (`invalid`). The shell shows an error with a retry for these.
 */
export class RegistryError extends Error {
  constructor(
    readonly kind: 'unreachable' | 'http' | 'timeout' | 'too-large' | 'aborted' | 'invalid',
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RegistryError';
  }
}

const INDEX = /^\[(\d+)\](?:\.|(?=\[)|$)/;

/** How long the registry may take to load, by default: then the home page offers a retry. */
export const REGISTRY_TIMEOUT_MS = 10_000;
/** The largest registry the shell reads (2 MiB: thousands of manifests). */
export const REGISTRY_MAX_BYTES = 2 * 1024 * 1024;

/** How strictly the registry's manifests are checked (the SDK's `ValidateOptions`). */
export interface RegistryChecks {
  /**
   * The production portal: http URLs are refused even on localhost, and a module app from
   * another origin than `portalOrigin` must give `integrity`. Default false (development).
   */
  readonly production?: boolean;
  /** The portal's origin (`location.origin`), for the integrity rule of `production`. */
  readonly portalOrigin?: string;
}

/**
 * Checks a parsed registry against this shell's contract version and the portal's own paths, as
 * strictly as `checks` says (the production portal passes `production` and its origin).
 * Invalid entries are skipped, each with one `console.error` (through `log`) naming the app and
 * every field at fault. Throws `RegistryError` only when the input is not a registry at all.
 */
export function readRegistry(
  input: unknown,
  log: (message: string) => void = (message) => {
    console.error(message);
  },
  checks: RegistryChecks = {},
): RegistryContents {
  const result = validateRegistry(input, {
    contractVersion: CONTRACT_VERSION,
    production: checks.production === true,
    ...(checks.portalOrigin === undefined ? {} : { portalOrigin: checks.portalOrigin }),
  });
  const whole = result.errors.filter((error) => !INDEX.test(error.path));
  if (whole.length > 0) {
    throw new RegistryError('invalid', whole.map((e) => `${e.path}: ${e.message}`).join('\n'));
  }
  const byIndex = new Map<number, { id?: string; errors: SkippedField[] }>();
  const note = (index: number, id: string | undefined, field: SkippedField): void => {
    let entry = byIndex.get(index);
    if (!entry) {
      entry = id === undefined ? { errors: [] } : { id, errors: [] };
      byIndex.set(index, entry);
    }
    entry.errors.push(field);
  };
  for (const error of result.errors) {
    const index = Number(INDEX.exec(error.path)?.[1]);
    note(index, error.appId ?? idAt(input, index), fieldOf(error));
  }

  // The portal's own pages keep their paths: an app claiming one is refused, as a collision is.
  const apps: AppManifest[] = [];
  // Each id's first entry, found once: a registry of hundreds of apps is not searched per app.
  const firstIndex = new Map<unknown, number>();
  (Array.isArray(input) ? input : []).forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (!firstIndex.has(id)) firstIndex.set(id, i);
  });
  for (const app of result.apps) {
    const index = firstIndex.get(app.id) ?? -1;
    const clashes = reservedClashes(app);
    if (clashes.length === 0) {
      apps.push(app);
      continue;
    }
    for (const clash of clashes) note(index, app.id, clash);
  }

  const skipped: SkippedApp[] = [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, entry]) => ({ ...entry, index }));
  for (const entry of skipped) log(describeSkipped(entry));
  return { apps, skipped };
}

/**
 * Checks only the entries `wanted` picks, as `readRegistry` checks the whole registry (each one,
 * then across them: ids, audiences, routes), without logging: what the person needs now, before
 * the whole registry is read. Throws `RegistryError` when the input is not a registry at all.
 */
export function readRegistryPart(
  input: unknown,
  wanted: (entry: unknown) => boolean,
  checks: RegistryChecks = {},
): RegistryContents {
  if (!Array.isArray(input)) return readRegistry(input, () => undefined, checks);
  const { apps } = readRegistry(input.filter(wanted), () => undefined, checks);
  return { apps, skipped: [], partial: true };
}

/** The routes of `app` that overlap the portal's own pages, as skipped fields. */
function reservedClashes(app: AppManifest): SkippedField[] {
  return app.routes.flatMap((route, r) =>
    RESERVED_PATHS.filter((reserved) => routesCollide(route, reserved)).map((reserved) => ({
      path: `routes[${r}]`,
      message: `Change the route ${JSON.stringify(route)}: it overlaps the portal's own page ${JSON.stringify(reserved)}.`,
    })),
  );
}

/** The operator's console line for a skipped entry: the app, then every field with what to fix. */
export function describeSkipped(entry: SkippedApp): string {
  const who =
    entry.id === undefined
      ? `The app at registry entry [${entry.index}]`
      : `The app "${entry.id}" (registry entry [${entry.index}])`;
  const fields = entry.errors.map((e) => `\n  ${e.path}: ${e.message}`).join('');
  return `[DigiOne] ${who} was skipped: its manifest is not valid.${fields}`;
}

/** Options of `loadRegistry`. */
export interface LoadRegistryOptions extends RegistryChecks {
  readonly fetch?: typeof fetch;
  /** What a relative registry URL is resolved against (default: the page's address). */
  readonly base?: string;
  readonly log?: (message: string) => void;
  /** Milliseconds the registry may take, from the request to its last byte (default 10 s). */
  readonly timeoutMs?: number;
  /** The largest registry read, in bytes (default 2 MiB); larger fails as `too-large`. */
  readonly maxBytes?: number;
  /** Cancels the load (kind `aborted`), e.g. when a retry replaces it. */
  readonly signal?: AbortSignal;
}

/**
 * Fetches the registry from `url` (resolved against the portal's origin) and reads it. The
 * registry changes without a new build of the portal, so it is revalidated on every load. The
 * load is bounded: after `timeoutMs` or past `maxBytes` it fails (and its request is cancelled),
 * so the home page shows the registry's retry rather than loading forever.
 */
export async function loadRegistry(
  url: string,
  options: LoadRegistryOptions = {},
): Promise<RegistryContents> {
  return readRegistry(await fetchRegistry(url, options), options.log, options);
}

/**
 * Fetches the registry as `loadRegistry` does and parses it, unchecked. Rejects with
 * `RegistryError` as `loadRegistry` does, but never for its contents.
 */
export async function fetchRegistry(
  url: string,
  options: Omit<LoadRegistryOptions, 'log'> = {},
): Promise<unknown> {
  const fetchImpl = options.fetch ?? fetch;
  const address = new URL(url, options.base ?? location.href).href;
  let text: string;
  try {
    const answer = await fetchText(fetchImpl, address, REGISTRY_REQUEST, {
      timeoutMs: options.timeoutMs ?? REGISTRY_TIMEOUT_MS,
      maxBytes: options.maxBytes ?? REGISTRY_MAX_BYTES,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!answer.ok) {
      throw new RegistryError(
        'http',
        `The app registry ${address} answered HTTP ${answer.status}.`,
      );
    }
    text = answer.text;
  } catch (error) {
    if (error instanceof RegistryError) throw error;
    if (error instanceof FetchLimitError) {
      throw new RegistryError(error.kind, `The app registry ${address} ${error.message}.`, {
        cause: error,
      });
    }
    throw new RegistryError('unreachable', `The app registry ${address} could not be reached.`, {
      cause: error,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RegistryError('invalid', `The app registry ${address} is not valid JSON.`, {
      cause: error,
    });
  }
}

function fieldOf(error: ManifestError): SkippedField {
  const path = error.path.replace(INDEX, '') || '(root)';
  // The SDK names the app at the start of registry messages; the shell's line names it already.
  const message = error.message.replace(/^App "[^"]*": /, '');
  return { path, message };
}

function idAt(input: unknown, index: number): string | undefined {
  if (!Array.isArray(input)) return undefined;
  const item: unknown = input[index];
  if (typeof item !== 'object' || item === null) return undefined;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' && id.length <= 64 ? id : undefined;
}
