// How `digione` reaches the SDK's own code (the manifest validator, the Vite preset).
//
// Installed from npm, the package holds its build (dist/), which Node imports as it is. In this
// repository the command runs from the sources, with no build first: it registers tsx, which
// compiles TypeScript as Node loads it, and the "@digione/source" export condition, under which the
// workspace's packages resolve to their sources — for the command itself, and for a project's
// vite.config that imports `@digione/sdk/vite`.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Whether this copy of the SDK is the repository's sources rather than an installed package. */
export const fromSource =
  !packageRoot.split(sep).includes('node_modules') &&
  existsSync(resolve(packageRoot, 'src/manifest/index.ts'));

/** @type {Promise<void> | undefined} */
let registered;

/** Registers TypeScript and the source condition once, when running from the sources. */
export function prepare() {
  registered ??= (async () => {
    if (!fromSource) return;
    register('./source-hooks.mjs', import.meta.url);
    const { register: registerTsx } = await import('tsx/esm/api');
    registerTsx();
  })();
  return registered;
}

/** @returns {Promise<typeof import('../src/manifest/index.js')>} */
export async function loadManifestTools() {
  await prepare();
  return import('@digione/sdk/manifest');
}

/** @returns {Promise<typeof import('../src/vite/index.js')>} */
export async function loadVitePreset() {
  await prepare();
  return import('@digione/sdk/vite');
}
