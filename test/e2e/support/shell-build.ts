/**
 * What the end-to-end tests serve built, made once per run before any test (Playwright's global
 * setup) in folders of their own, so a test never meets a stale `dist/`: the shell's production
 * build, and the pages of the example iframe apps.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { exampleIframePackages } from '../../../shell/scripts/example-apps.js';
import { buildPortal } from '../../../shell/scripts/build-portal.js';

const repo = join(import.meta.dirname, '..', '..', '..');
/** DIGIONE_E2E_CACHE: another folder for the builds, for a run beside another. */
const cache = process.env.DIGIONE_E2E_CACHE ?? join(repo, 'node_modules', '.cache', 'digione-e2e');

/** The shell's production build. */
export const SHELL_BUILD = join(cache, 'shell');

/** A folder for what one spec builds for itself (name it after the spec and the worker). */
export const E2E_CACHE = cache;

/** The example iframe apps' pages, one folder per package. */
export const IFRAME_APP_BUILDS = join(cache, 'iframe-apps');

export default async function buildForTests(): Promise<void> {
  await buildPortal(SHELL_BUILD);
  for (const pkg of exampleIframePackages()) {
    await build({
      configFile: join(repo, 'packages', pkg, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: join(IFRAME_APP_BUILDS, pkg), emptyOutDir: true, sourcemap: false },
    });
  }
}
