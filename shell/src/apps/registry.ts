/**
 * The app registry: a JSON array of app manifests that the operator publishes (its address comes
 * from `/config.json`, never from the build). Every manifest is checked with the SDK's
 * `validateRegistry`; an invalid one is skipped — logged once for the operator and listed on the
 * diagnostics page — and every valid one runs.
 */
import {
  CONTRACT_VERSION,
  routesCollide,
  validateRegistry,
  type AppManifest,
  type ManifestError,
} from '@digione/sdk';
import { RESERVED_PATHS } from './routes.js';

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
}

/**
 * Why a registry could not be used at all: it could not be fetched (`unreachable`, `http`), or it
 * is not a list of manifests (`invalid`). The shell shows an error with a retry for these.
 */
export class RegistryError extends Error {
  constructor(
    readonly kind: 'unreachable' | 'http' | 'invalid',
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RegistryError';
  }
}

const INDEX = /^\[(\d+)\](?:\.|(?=\[)|$)/;

/**
 * Checks a parsed registry against this shell's contract version and the portal's own paths.
 * Invalid entries are skipped, each with one `console.error` (through `log`) naming the app and
 * every field at fault. Throws `RegistryError` only when the input is not a registry at all.
 */
export function readRegistry(
  input: unknown,
  log: (message: string) => void = (message) => {
    console.error(message);
  },
): RegistryContents {
  const result = validateRegistry(input, { contractVersion: CONTRACT_VERSION });
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
  const order = Array.isArray(input) ? input : [];
  for (const app of result.apps) {
    const index = order.findIndex((item) => (item as { id?: unknown } | null)?.id === app.id);
    const clashes = app.routes.flatMap((route, r) =>
      RESERVED_PATHS.filter((reserved) => routesCollide(route, reserved)).map((reserved) => ({
        path: `routes[${r}]`,
        message: `Change the route ${JSON.stringify(route)}: it overlaps the portal's own page ${JSON.stringify(reserved)}.`,
      })),
    );
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

/** The operator's console line for a skipped entry: the app, then every field with what to fix. */
export function describeSkipped(entry: SkippedApp): string {
  const who =
    entry.id === undefined
      ? `The app at registry entry [${entry.index}]`
      : `The app "${entry.id}" (registry entry [${entry.index}])`;
  const fields = entry.errors.map((e) => `\n  ${e.path}: ${e.message}`).join('');
  return `[DigiOne] ${who} was skipped: its manifest is not valid.${fields}`;
}

/**
 * Fetches the registry from `url` (resolved against the portal's origin) and reads it. The
 * registry changes without a new build of the portal, so it is revalidated on every load.
 */
export async function loadRegistry(
  url: string,
  options: {
    readonly fetch?: typeof fetch;
    readonly base?: string;
    readonly log?: (message: string) => void;
  } = {},
): Promise<RegistryContents> {
  const fetchImpl = options.fetch ?? fetch;
  const address = new URL(url, options.base ?? location.href).href;
  let response: Response;
  try {
    response = await fetchImpl(address, { cache: 'no-cache', credentials: 'same-origin' });
  } catch (error) {
    throw new RegistryError('unreachable', `The app registry ${address} could not be reached.`, {
      cause: error,
    });
  }
  if (!response.ok) {
    throw new RegistryError(
      'http',
      `The app registry ${address} answered HTTP ${response.status}.`,
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new RegistryError('invalid', `The app registry ${address} is not valid JSON.`, {
      cause: error,
    });
  }
  return readRegistry(body, options.log);
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
