#!/usr/bin/env node
// digione-sandbox: serves the DigiOne sandbox page for the app in the current folder.
//
//   digione-sandbox [--cwd <dir>] [--entry <path>] [--manifest <path>] [--port <n>]
//
// The page mounts the app's lifecycles (its entry's default export, or its named `lifecycles`)
// with a live context, and validates its manifest. Ctrl-C (or SIGTERM) stops it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, defaultClientConditions } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const USAGE =
  'Usage: digione-sandbox [--cwd <dir>] [--entry <path>] [--manifest <path>] [--port <number>]';

/**
 * @param {string[]} argv
 * @returns {{ cwd: string, entry: string, manifest: string, port: number }}
 */
function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const given = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const name = arg.replace(/^--/, '');
    const value = argv[i + 1];
    if (!['cwd', 'entry', 'manifest', 'port'].includes(name) || !arg.startsWith('--') || !value) {
      fail(`[D1-SDK-171] Unknown or incomplete option "${arg}". ${USAGE}`);
    }
    given[name] = value;
    i++;
  }
  const cwd = resolve(given.cwd ?? process.cwd());
  const port = Number(given.port ?? 5199);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fail(`[D1-SDK-171] --port must be a port number (1–65535); got "${given.port}".`);
  }
  return {
    cwd,
    entry: resolve(cwd, given.entry ?? './src/index.ts'),
    manifest: resolve(cwd, given.manifest ?? './manifest.json'),
    port,
  };
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const options = parseArgs(process.argv.slice(2));
if (!existsSync(options.entry)) {
  fail(
    `[D1-SDK-172] The app's entry module ${options.entry} does not exist; pass --entry <path> (default ./src/index.ts).`,
  );
}

const APP = 'virtual:digione-app';
const MANIFEST = 'virtual:digione-manifest';

/** @type {import('vite').Plugin} */
const digioneApp = {
  name: 'digione-sandbox-app',
  resolveId(id) {
    if (id === APP) return options.entry;
    if (id === MANIFEST) return '\0' + MANIFEST;
    return undefined;
  },
  load(id) {
    if (id !== '\0' + MANIFEST) return undefined;
    this.addWatchFile(options.manifest);
    if (!existsSync(options.manifest)) return 'export default null;';
    const text = readFileSync(options.manifest, 'utf8');
    try {
      return `export default ${JSON.stringify(JSON.parse(text))};`;
    } catch (error) {
      // Served as a value the validator rejects, with the parse error as its message.
      const message = `manifest.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
      return `export default ${JSON.stringify({ __invalidJson: message })};`;
    }
  },
  handleHotUpdate({ file, server }) {
    if (resolve(file) === options.manifest) {
      const module = server.moduleGraph.getModuleById('\0' + MANIFEST);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
    }
  },
};

const server = await createServer({
  configFile: false,
  root: here,
  logLevel: 'warn',
  clearScreen: false,
  plugins: [digioneApp],
  resolve: { conditions: ['@digione/source', ...defaultClientConditions] },
  // The sandbox's own sources compile with sandbox/tsconfig.json (Lit's experimental decorators);
  // the app's with the tsconfig.json of its own folder.
  cacheDir: resolve(options.cwd, 'node_modules/.vite-digione-sandbox'),
  optimizeDeps: { entries: [resolve(here, 'index.html')] },
  server: {
    host: '127.0.0.1',
    port: options.port,
    strictPort: true,
    fs: { allow: [here, resolve(here, '..', '..'), options.cwd] },
  },
});
await server.listen();
console.log(`DigiOne sandbox: http://127.0.0.1:${options.port}/`);

let stopping = false;
/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exitCode = signal === 'SIGINT' ? 0 : 0;
  process.exit();
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
