/**
 * Which apps an education provider has. The operator's `/config.json` lists the providers on the
 * platform (`providers`): each one's settings inline, or the address of its own file, fetched only
 * when a person acts in one of its schools. A provider enables an app for all of its schools (the
 * app's id) or only for some (`{ id, schools }`). The vendors' manifests never decide this.
 */
import { ConfigError, type ProviderConfig } from '../config/runtime-config.js';
import { parseProviderConfig } from '../config/check.js';
import { FetchLimitError, fetchText } from '../config/bounded-fetch.js';

/** Where one provider's settings stand in the portal. */
export type ProviderEntry =
  /** Known: inline in `/config.json`, or its file read. */
  | { readonly status: 'ready'; readonly provider: ProviderConfig }
  /** Its own file, not asked for yet, on its way, or not to be had (the person may retry). */
  | { readonly status: 'unloaded' | 'loading' | 'failed'; readonly url: string };

/** The providers of `/config.json` as the portal starts with them (undefined: none configured). */
export function initialProviders(
  config: Readonly<Record<string, ProviderConfig | string>> | undefined,
): ReadonlyMap<string, ProviderEntry> | undefined {
  if (config === undefined) return undefined;
  return new Map(
    Object.entries(config).map(([id, entry]): [string, ProviderEntry] => [
      id,
      typeof entry === 'string'
        ? { status: 'unloaded', url: entry }
        : { status: 'ready', provider: entry },
    ]),
  );
}

/** The ids of the apps `provider` has at the school `school` (its official code). */
export function enabledAt(provider: ProviderConfig, school: string): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const entry of provider.apps) {
    if (typeof entry === 'string') ids.add(entry);
    else if (entry.schools.includes(school)) ids.add(entry.id);
  }
  return ids;
}

/** How long a provider's file may take to load; then the portal offers a retry. */
export const PROVIDER_TIMEOUT_MS = 10_000;
/** The largest provider file the portal reads (256 KiB, as `/config.json`). */
export const PROVIDER_MAX_BYTES = 256 * 1024;

/** A provider's file that cannot be used: the file and the field at fault, or what happened. */
export class ProviderFileError extends Error {
  constructor(
    readonly url: string,
    readonly field: string,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(`The education provider's file ${url} ${field === '$' ? '' : `${field}: `}${message}`, {
      cause: options?.cause,
    });
    this.name = 'ProviderFileError';
  }
}

/**
 * Fetches a provider's own file (a path on the portal or an https URL, e.g. on a CDN) and checks
 * it, within the limits of the portal's deployment files: 10 s and 256 KiB by default.
 */
export async function loadProviderFile(
  url: string,
  options: {
    readonly fetch?: typeof fetch;
    readonly base?: string;
    readonly signal?: AbortSignal;
    readonly timeoutMs?: number;
    readonly maxBytes?: number;
  } = {},
): Promise<ProviderConfig> {
  const address = new URL(url, options.base ?? location.href).href;
  let text: string;
  try {
    const answer = await fetchText(
      options.fetch ?? fetch,
      address,
      // Revalidated as the registry is; a file on a CDN gets none of the portal's cookies.
      { cache: 'no-cache', credentials: 'same-origin' },
      {
        timeoutMs: options.timeoutMs ?? PROVIDER_TIMEOUT_MS,
        maxBytes: options.maxBytes ?? PROVIDER_MAX_BYTES,
        ...(options.signal ? { signal: options.signal } : {}),
      },
    );
    if (!answer.ok) throw new ProviderFileError(address, '$', `answered HTTP ${answer.status}.`);
    text = answer.text;
  } catch (error) {
    if (error instanceof ProviderFileError) throw error;
    const what = error instanceof FetchLimitError ? `${error.message}.` : 'could not be reached.';
    throw new ProviderFileError(address, '$', what, { cause: error });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new ProviderFileError(address, '$', 'is not valid JSON.', { cause: error });
  }
  return readProviderFile(body, address);
}

/**
 * Checks a provider's file (one `ProviderConfig`) against the provider schema; throws
 * `ProviderFileError` naming the file and the field.
 */
export function readProviderFile(body: unknown, url: string): ProviderConfig {
  try {
    return parseProviderConfig(body, url);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new ProviderFileError(url, error.path, `${error.reason}.`, { cause: error });
  }
}
