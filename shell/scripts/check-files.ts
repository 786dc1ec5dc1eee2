/**
 * The operator's check of a deployment's files, offline: `/config.json` against its schema, the app
 * registry by the SDK's production rules (as the shell checks it), each education provider's own
 * file, each brand's contrast in every theme, and how the files fit together (a provider's apps are
 * in the registry; every app's API audience is one the portal asks tokens for).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
// The validator's own module, as the deploy step imports it: the SDK's entry point would load its
// browser runtime, and needs a build.
import { CONTRACT_VERSION } from '../../sdk/src/contract.js';
import { validateRegistry } from '../../sdk/src/manifest/validate.js';
import type { AppManifest } from '../../sdk/src/manifest/types.js';
import { configProblems, parseRuntimeConfig, providerProblems } from '../src/config/check.js';
import type { BrandConfig, ProviderConfig, RuntimeConfig } from '../src/config/runtime-config.js';
import { jsonPath } from '../src/config/schema-errors.js';
import { checkBrand } from '../src/theme/brand-check.js';

/** One thing wrong in a deployment: the file, the JSON path of the field, what to do. */
export interface Problem {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

/** Where the check finds the deployment's files, and what it knows of the portal. */
export interface CheckInput {
  /** The path of `/config.json` on this computer. */
  readonly config: string;
  /** The path of the registry; else the file `/config.json` names, when it is a path on the portal. */
  readonly registry?: string | undefined;
  /** A folder holding the providers' own files, by the last segment of each one's URL. */
  readonly providersDir?: string | undefined;
  /** The portal's origin, e.g. `https://portal.vantaa.fi`. */
  readonly portalOrigin?: string | undefined;
  /** Reads a file or URL the deployment names but this computer does not hold (`--online`). */
  readonly fetchJson?: ((url: string) => Promise<unknown>) | undefined;
}

/** What the offline check found, and what the online check goes on from. */
export interface FilesResult {
  readonly problems: Problem[];
  /** Lines that say what was checked, or not. */
  readonly notes: string[];
  /** The configuration, when it could be used. */
  readonly config: RuntimeConfig | undefined;
  /** The apps the shell would run. */
  readonly apps: readonly AppManifest[];
  /** The registry as read, and where from. */
  readonly registry: { readonly file: string; readonly value: unknown } | undefined;
}

/** The origin the registry's rules assume when the operator does not name the portal's. */
const UNKNOWN_PORTAL = 'https://portal.invalid';

function readJson(file: string): { value?: unknown; error?: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `is not valid JSON (${(error as Error).message})` };
  }
}

/**
 * Reads a file the deployment names: a path on the portal from beside `/config.json`, else from
 * `providersDir` by its name, else (online) from its URL.
 */
async function readNamed(
  location: string,
  input: CheckInput,
  localDir: string | undefined,
): Promise<{ file: string; value?: unknown; error?: string }> {
  const local = location.startsWith('/')
    ? join(localDir ?? dirname(input.config), location)
    : localDir
      ? join(localDir, basename(new URL(location).pathname))
      : undefined;
  if (local) {
    const read = readJson(local);
    if (read.error === undefined || !input.fetchJson || location.startsWith('/')) {
      return { file: local, ...read };
    }
  }
  if (input.fetchJson && !location.startsWith('/')) {
    try {
      return { file: location, value: await input.fetchJson(location) };
    } catch (error) {
      return { file: location, error: `could not be loaded: ${(error as Error).message}` };
    }
  }
  return {
    file: location,
    error:
      'was not checked: give the folder that holds it (--providers-dir) or check online (--online)',
  };
}

export async function checkFiles(input: CheckInput): Promise<FilesResult> {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const configFile = input.config;
  const read = readJson(configFile);
  if (read.error !== undefined) {
    return {
      problems: [{ file: configFile, path: '$', message: read.error }],
      notes,
      config: undefined,
      apps: [],
      registry: undefined,
    };
  }
  const raw = read.value;
  for (const p of configProblems(raw)) {
    problems.push({ file: configFile, path: p.path, message: p.reason });
  }
  const config = problems.length === 0 ? parseRuntimeConfig(raw) : undefined;
  notes.push(
    `${configFile}: ${problems.length === 0 ? 'fits its schema' : 'does not fit its schema'}`,
  );

  const registry = await readRegistry(input, config, problems, notes);
  const apps = registry ? checkRegistry(input, config, registry, problems, notes) : [];
  const appIds = new Set(apps.map((a) => a.id));
  if (config?.providers) {
    for (const [id, entry] of Object.entries(config.providers)) {
      const at = ['providers', id];
      if (typeof entry !== 'string') {
        problems.push(...providerFit(entry, configFile, raw, at, appIds));
        continue;
      }
      const named = await readNamed(entry, input, input.providersDir);
      if (named.error !== undefined) {
        problems.push({ file: named.file, path: '$', message: named.error });
        continue;
      }
      const found = providerProblems(named.value, named.file);
      for (const p of found) problems.push({ file: named.file, path: p.path, message: p.reason });
      if (found.length === 0) {
        const provider = named.value as ProviderConfig;
        problems.push(...providerFit(provider, named.file, named.value, [], appIds));
        notes.push(`${named.file}: the provider ${id}'s own file fits its schema`);
      }
    }
  }
  return { problems, notes, config, apps, registry };
}

/** A provider's brand contrast in every theme, and its apps against the registry. */
function providerFit(
  provider: ProviderConfig,
  file: string,
  root: unknown,
  at: readonly string[],
  appIds: ReadonlySet<string> | undefined,
): Problem[] {
  const problems: Problem[] = [];
  if (provider.brand) problems.push(...brandProblems(provider.brand, file, root, [...at, 'brand']));
  if (appIds === undefined) return problems;
  provider.apps.forEach((app, i) => {
    const id = typeof app === 'string' ? app : app.id;
    if (appIds.has(id)) return;
    problems.push({
      file,
      path: jsonPath(root, [...at, 'apps', i]),
      message: `names the app "${id}", which the registry does not hold (or holds only invalid)`,
    });
  });
  return problems;
}

function brandProblems(
  brand: BrandConfig,
  file: string,
  root: unknown,
  at: readonly string[],
): Problem[] {
  return checkBrand(brand).map((p) => ({
    file,
    path: jsonPath(root, [...at, ...(p.field === '' ? [] : p.field.split('.'))]),
    message: p.theme === 'all' ? p.message : `${p.message} (${p.theme} theme)`,
  }));
}

/** The registry: the file given, else the one `/config.json` names. */
async function readRegistry(
  input: CheckInput,
  config: RuntimeConfig | undefined,
  problems: Problem[],
  notes: string[],
): Promise<{ file: string; value: unknown } | undefined> {
  if (input.registry !== undefined) {
    const read = readJson(input.registry);
    if (read.error === undefined) return { file: input.registry, value: read.value };
    problems.push({ file: input.registry, path: '$', message: read.error });
    return undefined;
  }
  if (config?.registry === undefined) {
    if (config) notes.push('no registry: the portal runs without apps');
    return undefined;
  }
  const named = await readNamed(config.registry, input, undefined);
  if (named.error === undefined) return { file: named.file, value: named.value };
  problems.push({
    file: named.file,
    path: '$',
    message: named.error.replace('--providers-dir', '--registry'),
  });
  return undefined;
}

/** The registry by the SDK's rules, as the shell checks it; returns the apps the shell would run. */
function checkRegistry(
  input: CheckInput,
  config: RuntimeConfig | undefined,
  { file, value }: { file: string; value: unknown },
  problems: Problem[],
  notes: string[],
): readonly AppManifest[] {
  const portal = input.portalOrigin ?? UNKNOWN_PORTAL;
  // As the shell checks it: for production, except on a portal on this computer.
  const production = !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|$)/.test(portal);
  const result = validateRegistry(value, {
    production,
    portalOrigin: portal,
    contractVersion: CONTRACT_VERSION,
  });
  for (const error of result.errors) {
    problems.push({ file, path: registryPath(error.path), message: error.message });
  }
  notes.push(
    `${file}: ${result.apps.length} app(s) the shell would run, checked ${production ? 'for production' : 'for this computer'}` +
      (input.portalOrigin
        ? ''
        : ' (an entry on another origin needs integrity: --portal-origin names the portal’s)'),
  );
  if (config) {
    const resources = new Set(config.auth.resources);
    result.apps.forEach((app) => {
      if (resources.has(app.api.audience)) return;
      const index = Array.isArray(value) ? value.findIndex((a) => sameId(a, app.id)) : -1;
      problems.push({
        file,
        path: index >= 0 ? `$[${index}].api.audience` : '$',
        message: `"${app.api.audience}" is not in ${input.config}'s auth.resources: the app "${app.id}" would get no token`,
      });
    });
  }
  return result.apps;
}

function sameId(value: unknown, id: string): boolean {
  return typeof value === 'object' && value !== null && (value as { id?: unknown }).id === id;
}

/** The SDK's paths (`[2].nav[0].label.sv`, `(root)`) as JSON paths (`$[2].nav[0].label.sv`). */
function registryPath(path: string): string {
  if (path === '(root)' || path === '') return '$';
  return path.startsWith('[') ? `$${path}` : `$.${path}`;
}
