import { join } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import shared from '../vite.config.js';
import { sharedDependencies } from './scripts/shared-dependencies.js';

/**
 * The portal shell's Vite settings: the repository's shared settings (which Storybook also uses;
 * among them the files no development server hands out, `SERVER_FS_DENY`) plus the shell's own —
 * the import map of shared libraries, and a static build in `shell/dist` for any static host or
 * CDN (`/config.json` and `/registry.json` are deployment files beside it).
 */
export default mergeConfig(
  shared,
  defineConfig({
    root: import.meta.dirname,
    plugins: [sharedDependencies()],
    // The shell's own libraries are pre-bundled when the dev server starts, and its entry is
    // transformed ahead of the first visit, so a first page load never waits for, nor is reloaded
    // by, dependency optimisation.
    // React is CommonJS: pre-bundled for the example React app (packages/app-lunch), which the
    // development server serves from source, so its first visit does not re-optimise and reload.
    optimizeDeps: {
      include: ['oidc-client-ts', 'single-spa', 'react', 'react-dom/client', 'web-vitals'],
    },
    server: { warmup: { clientFiles: ['./src/main.ts'] } },
    build: {
      outDir: join(import.meta.dirname, 'dist'),
      emptyOutDir: true,
      // Source maps are written beside the files, for an error tracker or for loading into
      // DevTools by hand, but the shipped code does not name them, and neither nginx.conf nor the
      // tests' production server serves them: an operator opts in (README "Deploying").
      sourcemap: 'hidden',
      // Without Vite's modulepreload polyfill in the entry: every browser the portal supports
      // follows <link rel="modulepreload"> itself, and the shell lists its own preloads
      // (src/portal/preload.ts); an older browser still loads each module as it is imported.
      modulePreload: false,
    },
  }),
);
