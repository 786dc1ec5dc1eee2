// `digione build`: builds the app for DigiOne Portal with Vite — the project's vite.config when it
// has one (which uses digioneApp() from @digione/sdk/vite), else digioneApp() alone — in
// production mode, and says what it wrote.
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  CheckFailed,
  EXIT,
  EXIT_HELP,
  UsageError,
  readCommandLine,
  stringOption,
} from './args.mjs';
import { fromSource, loadVitePreset, prepare } from './sdk.mjs';

/** @type {import('./args.mjs').CommandSpec} */
const COMMAND = {
  name: 'build',
  options: {
    root: { type: 'string' },
    config: { type: 'string' },
  },
  help: `Usage: digione build [options]

Builds the app for DigiOne Portal with Vite, in production mode, into dist/: a module app into
one ES module (dist/index.js) that leaves the portal's shared libraries to its import map, an
iframe app into its page (dist/index.html) with everything bundled; the manifest beside it as
dist/manifest.json. Uses the project's vite.config.* (which must use digioneApp() from
@digione/sdk/vite), or digioneApp() alone when there is none. Then: digione release.

Options:
  --root <dir>     the app's folder (default: the working folder)
  --config <file>  the Vite config to use (default: vite.config.* in the app's folder)
  -h, --help       show this help

${EXIT_HELP}`,
};

/** The names Vite looks for a config file under, in its own order. */
const CONFIG_FILES = [
  'vite.config.js',
  'vite.config.mjs',
  'vite.config.ts',
  'vite.config.cjs',
  'vite.config.mts',
  'vite.config.cts',
];

/** @returns {Promise<typeof import('vite')>} */
async function loadVite() {
  try {
    return await import('vite');
  } catch (error) {
    if (/** @type {{ code?: unknown }} */ (error).code === 'ERR_MODULE_NOT_FOUND') {
      throw new UsageError(
        '[D1-SDK-204] digione build runs Vite, which is not installed in your app: npm install --save-dev vite',
      );
    }
    throw error;
  }
}

/**
 * The config file to build with: --config, else the app's vite.config.*, else none.
 * @param {string} root
 * @param {string | undefined} given
 */
function configFile(root, given) {
  if (given !== undefined) {
    const file = resolve(given);
    if (!existsSync(file)) throw new UsageError(`[D1-SDK-201] --config ${file} does not exist.`);
    return file;
  }
  return CONFIG_FILES.map((name) => join(root, name)).find((file) => existsSync(file));
}

/**
 * Checks that the resolved config builds with the preset, and remembers where it writes.
 * @param {string | undefined} config
 * @param {{ outDir: string }} out
 * @returns {import('vite').Plugin}
 */
function presetCheck(config, out) {
  return {
    name: 'digione-build-check',
    configResolved(resolved) {
      out.outDir = resolve(resolved.root, resolved.build.outDir);
      if (!resolved.plugins.some((plugin) => plugin.name === 'digione-app')) {
        throw new CheckFailed(
          `[D1-SDK-204] ${config}: add digioneApp() from @digione/sdk/vite to its plugins; without it the build is not one the portal can load.`,
        );
      }
    },
  };
}

/** @param {number} bytes */
const size = (bytes) =>
  bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} kB`;

/**
 * What Vite wrote, entry first: `entry` marks the module the portal loads, or an iframe app's page.
 * @param {unknown} result what vite.build returned
 * @param {string} outDir
 */
function written(result, outDir) {
  const outputs = /** @type {import('vite').Rolldown.RolldownOutput[]} */ (
    Array.isArray(result) ? result : [result]
  );
  return outputs
    .flatMap((output) => output.output ?? [])
    .map((file) => {
      const path = join(outDir, file.fileName);
      const entry =
        (file.type === 'chunk' && file.isEntry && !outputs.some(hasPage)) ||
        file.fileName === 'index.html';
      return { file: path, bytes: existsSync(path) ? statSync(path).size : 0, entry };
    })
    .sort((a, b) => Number(b.entry) - Number(a.entry) || a.file.localeCompare(b.file));
}

/** @param {import('vite').Rolldown.RolldownOutput} output */
const hasPage = (output) => (output.output ?? []).some((file) => file.fileName === 'index.html');

/**
 * Runs `digione build`.
 * @param {string[]} argv
 * @returns {Promise<number>} the exit code
 */
export async function run(argv) {
  const { values, help } = readCommandLine(argv, COMMAND);
  if (help) {
    console.log(COMMAND.help);
    return EXIT.ok;
  }
  const root = resolve(stringOption(values, 'root') ?? '.');
  if (!existsSync(root)) throw new UsageError(`[D1-SDK-201] --root ${root} does not exist.`);
  const config = configFile(root, stringOption(values, 'config'));
  const vite = await loadVite();
  await prepare();
  const out = { outDir: join(root, 'dist') };
  /** @type {import('vite').InlineConfig} */
  const inline = {
    root,
    mode: 'production',
    logLevel: 'warn',
    configFile: config ?? false,
    // From the repository's sources, Node itself loads the config (TypeScript through tsx), so
    // that `@digione/sdk/vite` in it resolves to the sources too.
    ...(config && fromSource ? { configLoader: 'native' } : {}),
    plugins: config
      ? [presetCheck(config, out)]
      : [(await loadVitePreset()).digioneApp({ root }), presetCheck(config, out)],
  };
  /** @type {unknown} */
  let result;
  try {
    result = await vite.build(inline);
  } catch (error) {
    if (error instanceof CheckFailed) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new CheckFailed(`[D1-SDK-204] The build of ${root} failed: ${message}`);
  }
  const files = written(result, out.outDir);
  console.log(`digione build: ${relative(process.cwd(), out.outDir) || '.'}/ (production)`);
  for (const { file, bytes, entry } of files) {
    const name = relative(process.cwd(), file);
    console.log(`  ${name.padEnd(32)} ${size(bytes).padStart(9)}${entry ? '  (entry)' : ''}`);
  }
  return EXIT.ok;
}
