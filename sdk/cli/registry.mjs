// `digione validate --registry`: the registry an operator publishes (a JSON array of manifests),
// read from a file or fetched from its address, and the vendor's manifest checked as one of its
// apps — as the portal would list it.
import { resolve } from 'node:path';
import { UsageError, readJsonFile } from './args.mjs';

/** The largest registry read (as the portal reads it: 2 MiB), and how long a fetch may take. */
const MAX_BYTES = 2 * 1024 * 1024;
const TIMEOUT_MS = 10_000;

/**
 * Whether `text` is an address to fetch: https anywhere, http only on this computer.
 * @param {string} text
 * @returns {URL | undefined} the URL, or undefined for a file path
 */
function registryUrl(text) {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return undefined;
  /** @type {URL} */
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`[D1-SDK-202] --registry ${text} is not a valid URL.`);
  }
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && local)) return url;
  throw new UsageError(
    `[D1-SDK-202] --registry ${text}: give an https URL (or http://127.0.0.1 on this computer), or a file.`,
  );
}

/**
 * Fetches the registry at `url` (bounded in time and size).
 * @param {URL} url
 * @returns {Promise<{ value: unknown } | { error: string }>}
 */
async function fetchRegistry(url) {
  /** @type {Response} */
  let response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const reason = error instanceof Error ? (error.cause ?? error).toString() : String(error);
    throw new UsageError(`[D1-SDK-202] The registry ${url.href} could not be fetched: ${reason}`);
  }
  if (!response.ok) {
    throw new UsageError(
      `[D1-SDK-202] The registry ${url.href} answered HTTP ${response.status} ${response.statusText}.`,
    );
  }
  const text = await response.text();
  if (Buffer.byteLength(text) > MAX_BYTES) {
    return { error: `it is larger than the ${MAX_BYTES} bytes the portal reads` };
  }
  try {
    return { value: /** @type {unknown} */ (JSON.parse(text)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Reads the registry `source` (a file, relative to `cwd`, or a URL).
 * @param {string} source
 * @param {string} cwd
 * @returns {Promise<{ name: string, read: { value: unknown } | { error: string } }>}
 */
export async function loadRegistry(source, cwd) {
  const url = registryUrl(source);
  if (url) return { name: url.href, read: await fetchRegistry(url) };
  const file = resolve(cwd, source);
  return { name: file, read: readJsonFile(file, 'The registry') };
}

/**
 * @typedef {import('../src/manifest/types.js').ManifestError} ManifestError
 * @typedef {import('../src/manifest/types.js').ValidateOptions} ValidateOptions
 * @typedef {{ errors: ManifestError[], others: ManifestError[], index: number, replaced: number[], entries: number }} RegistryCheck
 */

/** @param {unknown} entry */
const idOf = (entry) =>
  typeof entry === 'object' && entry !== null
    ? /** @type {{ id?: unknown }} */ (entry).id
    : undefined;

/**
 * Checks `manifest` as an app of `registry`: the registry's entries with the same id are taken
 * out (the manifest is their new version), and the manifest is listed last, so every clash with
 * an app already listed (ids, API audiences, routes, widget elements) is reported on it.
 * `errors`: the manifest's, with paths inside the manifest; `others`: what is wrong with the
 * registry as it stands (paths as in its file), which the portal skips whatever the manifest says.
 * @param {unknown[]} registry
 * @param {unknown} manifest
 * @param {ValidateOptions} options
 * @param {(input: unknown, options: ValidateOptions) => { errors: readonly ManifestError[] }} validateRegistry
 * @returns {RegistryCheck}
 */
export function checkWithRegistry(registry, manifest, options, validateRegistry) {
  const id = idOf(manifest);
  /** @type {number[]} */
  const replaced = [];
  const kept = registry.filter((entry, i) => {
    const same = id !== undefined && idOf(entry) === id;
    if (same) replaced.push(i);
    return !same;
  });
  const index = kept.length;
  const prefix = `[${index}]`;
  /** @param {string} path */
  const inManifest = (path) =>
    path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
  const errors = validateRegistry([...kept, manifest], options)
    .errors.filter((error) => inManifest(error.path))
    .map((error) => ({
      ...error,
      path: error.path.slice(prefix.length).replace(/^\./, '') || '(root)',
    }));
  const others = [...validateRegistry(registry, options).errors];
  return { errors, others, index, replaced, entries: registry.length };
}
