// `digione validate`: checks the app's manifest as the portal will — alone, or as one of the apps
// of a registry, against the contract version of a portal release.
import { resolve } from 'node:path';
import {
  CheckFailed,
  EXIT,
  EXIT_HELP,
  UsageError,
  readCommandLine,
  readJsonFile,
  stringOption,
} from './args.mjs';
import { PORTAL_RELEASES, portalRelease } from './portal-releases.mjs';
import { checkWithRegistry, loadRegistry } from './registry.mjs';
import { loadManifestTools } from './sdk.mjs';

/** The portal releases this SDK knows, for the help. */
const KNOWN = Object.entries(PORTAL_RELEASES)
  .map(([release, contract]) => `${release} (contract ${contract})`)
  .join(', ');

/** @type {import('./args.mjs').CommandSpec} */
const COMMAND = {
  name: 'validate',
  positionals: 1,
  options: {
    registry: { type: 'string' },
    portal: { type: 'string' },
    contract: { type: 'string' },
    production: { type: 'boolean' },
    'portal-origin': { type: 'string' },
    json: { type: 'boolean' },
  },
  help: `Usage: digione validate [manifest] [options]

Checks an app manifest (default ./manifest.json) as DigiOne Portal checks it, and prints every
error with its path in the manifest and what to fix.

Options:
  --registry <file or URL>  check the manifest as one of the apps of this registry (a JSON array
                            of manifests: a file, an https URL, or http://127.0.0.1 on this
                            computer), as the portal would list it: unique ids and API audiences,
                            routes and widget elements no other app has. An entry with the
                            manifest's id is taken for its older version and replaced.
  --portal <release>        check the manifest's "contract" range against the contract version of
                            this portal release ("latest": the newest). Known: ${KNOWN}
  --contract <version>      the same against a contract version, e.g. 1.0.0
  --production              as the production portal: only https URLs (no http://localhost)
  --portal-origin <origin>  with --production: the portal's origin; a module app's entry on
                            another origin must then have "integrity"
  --json                    print the result as JSON ({ ok, errors: [{ path, message, code }], … })
  -h, --help                show this help

${EXIT_HELP}`,
};

/**
 * @param {Record<string, string | boolean | undefined>} values
 * @returns {{ contractVersion?: string, portal?: string }}
 */
function contractOption(values) {
  const portal = stringOption(values, 'portal');
  const contract = stringOption(values, 'contract');
  if (portal !== undefined && contract !== undefined) {
    throw new UsageError('[D1-SDK-203] Give --portal or --contract, not both.');
  }
  if (portal !== undefined) {
    const known = portalRelease(portal);
    if (!known) {
      throw new UsageError(
        `[D1-SDK-203] --portal ${portal}: no such DigiOne Portal release is known to this SDK. Known: ${Object.keys(PORTAL_RELEASES).join(', ')}, latest. (A newer SDK knows newer releases; --contract <version> gives a contract version directly.)`,
      );
    }
    return { contractVersion: known.contract, portal: known.release };
  }
  if (contract !== undefined && !/^\d+\.\d+\.\d+$/.test(contract)) {
    throw new UsageError(
      `[D1-SDK-203] --contract ${contract}: give a contract version as MAJOR.MINOR.PATCH, e.g. 1.0.0.`,
    );
  }
  return contract === undefined ? {} : { contractVersion: contract };
}

/**
 * @typedef {import('../src/manifest/types.js').ManifestError} ManifestError
 * @param {readonly ManifestError[]} errors
 */
const listed = (errors) => errors.map((e) => `  ${e.path}: ${e.message}`).join('\n');

/** @param {number} n @param {string} one @param {string} [many] */
const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Runs `digione validate`.
 * @param {string[]} argv
 * @returns {Promise<number>} the exit code
 */
export async function run(argv) {
  const { values, positionals, help } = readCommandLine(argv, COMMAND);
  if (help) {
    console.log(COMMAND.help);
    return EXIT.ok;
  }
  const cwd = process.cwd();
  const file = resolve(cwd, positionals[0] ?? 'manifest.json');
  const { contractVersion, portal } = contractOption(values);
  const portalOrigin = stringOption(values, 'portal-origin');
  const options = {
    production: values.production === true,
    ...(contractVersion ? { contractVersion } : {}),
    ...(portalOrigin ? { portalOrigin } : {}),
  };
  const registrySource = stringOption(values, 'registry');
  const read = readJsonFile(file, 'The manifest');
  const registry = registrySource ? await loadRegistry(registrySource, cwd) : undefined;
  const { validateManifest, validateRegistry } = await loadManifestTools();

  /** @type {ManifestError[]} */
  let errors;
  /** @type {import('./registry.mjs').RegistryCheck | undefined} */
  let withRegistry;
  if ('error' in read) {
    errors = [
      { path: '(root)', code: 'not-json', message: `Write ${file} as JSON: ${read.error}` },
    ];
  } else if (registry && !('error' in registry.read) && Array.isArray(registry.read.value)) {
    withRegistry = checkWithRegistry(registry.read.value, read.value, options, validateRegistry);
    errors = withRegistry.errors;
  } else {
    const result = validateManifest(read.value, options);
    errors = result.ok ? [] : [...result.errors];
  }
  if (registry && !withRegistry) {
    // The registry itself is unusable: as the portal, which lists no app from it.
    const reason =
      'error' in registry.read
        ? `it is not JSON: ${registry.read.error}`
        : 'it is not a JSON array of app manifests';
    errors.push({
      path: '(root)',
      code: 'invalid',
      message: `The registry ${registry.name} cannot be used: ${reason}.`,
    });
  }

  const ok = errors.length === 0;
  const context = [
    contractVersion
      ? `contract ${contractVersion}${portal ? ` (DigiOne Portal ${portal})` : ''}`
      : '',
    options.production ? 'for production' : '',
    withRegistry && registry
      ? `as entry [${withRegistry.index}] of the registry ${registry.name} (${count(withRegistry.entries, 'entry', 'entries')}${withRegistry.replaced.length ? `; replacing [${withRegistry.replaced.join('], [')}], the same id` : ''})`
      : '',
  ]
    .filter(Boolean)
    .join(', ');

  if (values.json === true) {
    const report = {
      ok,
      manifest: file,
      ...(contractVersion ? { contractVersion } : {}),
      ...(portal ? { portal } : {}),
      production: options.production,
      ...(registry ? { registry: registry.name } : {}),
      ...(withRegistry
        ? { registryIndex: withRegistry.index, replaced: withRegistry.replaced }
        : {}),
      errors,
      ...(withRegistry ? { registryErrors: withRegistry.others } : {}),
    };
    console.log(JSON.stringify(report, null, 2));
    return ok ? EXIT.ok : EXIT.failed;
  }
  if (withRegistry && withRegistry.others.length > 0) {
    console.warn(
      `Note: the registry's own entries have ${count(withRegistry.others.length, 'error')} (the portal skips those apps, whatever this manifest says):\n${listed(withRegistry.others)}`,
    );
  }
  if (!ok) {
    throw new CheckFailed(
      `${file}: ${count(errors.length, 'error')}${context ? ` (checked ${context})` : ''}\n${listed(errors)}`,
    );
  }
  console.log(`${file}: valid${context ? ` (checked ${context})` : ''}.`);
  return EXIT.ok;
}
