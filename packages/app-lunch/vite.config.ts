/**
 * Kouluruoka builds as any DigiOne Portal module app, with the SDK's preset: one ES module,
 * `dist/index.js`, its manifest beside it, and the portal's shared libraries left to the import
 * map. React, react-dom and `@digione/sdk/react` are not shared, so they are bundled, React in its
 * production build.
 *
 * A vendor imports the preset as `@digione/sdk/vite`; inside this repository the SDK is not built,
 * so the config imports its source (Vite bundles it into the config), and the workspace packages
 * the app bundles resolve to their sources (the `@digione/source` condition).
 */
import { defineConfig, defaultClientConditions } from 'vite';
import { digioneApp } from '../../sdk/src/vite/index.js';

export default defineConfig({
  plugins: [digioneApp({ root: import.meta.dirname })],
  resolve: { conditions: ['@digione/source', ...defaultClientConditions] },
});
