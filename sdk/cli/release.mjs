// `digione release`: turns the built manifest (dist/manifest.json, written by the Vite preset) into
// the one to publish — with the built entry's subresource integrity, the app's version and where
// the entry will be served — and writes it only when the portal would accept it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  CheckFailed,
  EXIT,
  EXIT_HELP,
  UsageError,
  packageVersion,
  readCommandLine,
  readJsonFile,
  stringOption,
} from './args.mjs';
import { loadManifestTools } from './sdk.mjs';

/** @type {import('./args.mjs').CommandSpec} */
const COMMAND = {
  name: 'release',
  options: {
    dist: { type: 'string' },
    'entry-url': { type: 'string' },
    version: { type: 'string' },
    production: { type: 'boolean' },
    'portal-origin': { type: 'string' },
  },
  help: `Usage: digione release [options]

Makes the built app's manifest (dist/manifest.json, from digione build) the one to publish: for a
module app "integrity" becomes the sha384 hash of the built entry (dist/index.js) exactly as it
will be served — the portal runs the code only when it matches, so publish these files unchanged;
"version" becomes the app's version; "entry" where the entry will be served. The result is
checked as the portal checks it, and written only when valid. An iframe app gets its version (a
framed page has no integrity).

Options:
  --dist <dir>              the build's folder (default: dist)
  --entry-url <url>         where the entry will be served, e.g.
                            https://cdn.example.fi/my-app/1.2.0/index.js (default: the manifest's
                            own "entry")
  --version <semver>        the app's version (default: "version" of package.json)
  --production              check as the production portal: only https URLs
  --portal-origin <origin>  with --production: the portal's origin; an entry on another origin
                            must then have "integrity" (a module app's always does after release)
  -h, --help                show this help

${EXIT_HELP}`,
};

/**
 * The subresource integrity of `bytes`, as a browser checks it: "sha384-" and the base64 digest.
 * @param {Buffer} bytes
 */
export const integrityOf = (bytes) =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * The manifest with `changes` put in place: a field it has keeps its position; a new one comes
 * after the field named in `after` (the manifest's order: integrity after entry, version before
 * contract), else at the end.
 * @param {Record<string, unknown>} manifest
 * @param {Record<string, unknown>} changes
 */
function withFields(manifest, changes) {
  /** @type {Record<string, string>} */
  const after = { integrity: 'entry', version: 'api' };
  const added = Object.keys(changes).filter((field) => !Object.hasOwn(manifest, field));
  /** @type {[string, unknown][]} */
  const fields = [];
  for (const [key, value] of Object.entries(manifest)) {
    fields.push([key, Object.hasOwn(changes, key) ? changes[key] : value]);
    for (const field of added) if (after[field] === key) fields.push([field, changes[field]]);
  }
  const placed = new Set(fields.map(([key]) => key));
  for (const field of added) if (!placed.has(field)) fields.push([field, changes[field]]);
  return Object.fromEntries(fields);
}

/**
 * Runs `digione release`.
 * @param {string[]} argv
 * @returns {Promise<number>} the exit code
 */
export async function run(argv) {
  const { values, help } = readCommandLine(argv, COMMAND);
  if (help) {
    console.log(COMMAND.help);
    return EXIT.ok;
  }
  const cwd = process.cwd();
  const dist = resolve(cwd, stringOption(values, 'dist') ?? 'dist');
  const manifestFile = join(dist, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new UsageError(
      `[D1-SDK-201] ${manifestFile} does not exist: build the app first (digione build), or name the build's folder with --dist <dir>.`,
    );
  }
  const read = readJsonFile(manifestFile, 'The built manifest');
  if ('error' in read || typeof read.value !== 'object' || read.value === null) {
    throw new CheckFailed(
      `[D1-SDK-205] ${manifestFile} is not a manifest (a JSON object)${'error' in read ? `: ${read.error}` : ''}. Build the app again (digione build).`,
    );
  }
  const built = /** @type {Record<string, unknown>} */ (read.value);
  const version = stringOption(values, 'version') ?? packageVersion(cwd);
  if (version === undefined) {
    throw new UsageError(
      `[D1-SDK-201] No version for the app: give --version <semver>, or "version" in ${join(cwd, 'package.json')}.`,
    );
  }
  /** @type {Record<string, unknown>} */
  const changes = { version };
  const entryUrl = stringOption(values, 'entry-url');
  if (entryUrl !== undefined) changes.entry = entryUrl;

  const isolation = built.isolation === 'iframe' ? 'iframe' : 'module';
  /** @type {string | undefined} */
  let entryFile;
  if (isolation === 'module') {
    // The preset builds a module app into this one file.
    entryFile = join(dist, 'index.js');
    if (!existsSync(entryFile)) {
      throw new UsageError(
        `[D1-SDK-201] The built entry ${entryFile} does not exist: build the app first (digione build).`,
      );
    }
    changes.integrity = integrityOf(readFileSync(entryFile));
  }
  const manifest = withFields(built, changes);

  const portalOrigin = stringOption(values, 'portal-origin');
  const { validateManifest } = await loadManifestTools();
  const result = validateManifest(manifest, {
    production: values.production === true,
    ...(portalOrigin ? { portalOrigin } : {}),
  });
  if (!result.ok) {
    throw new CheckFailed(
      `[D1-SDK-205] ${manifestFile} was not written: the released manifest would not be valid.\n${result.errors
        .map((e) => `  ${e.path}: ${e.message}`)
        .join('\n')}`,
    );
  }
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const shown = (/** @type {string} */ file) => relative(cwd, file) || file;
  console.log(`digione release: ${shown(manifestFile)}`);
  console.log(`  entry      ${String(manifest.entry)}`);
  if (entryFile) console.log(`  integrity  ${String(changes.integrity)} (${shown(entryFile)})`);
  console.log(`  version    ${version}`);
  return EXIT.ok;
}
