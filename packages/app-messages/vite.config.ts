/**
 * Viestit (Messages) builds as any DigiOne Portal module app, with the SDK's preset: one ES module,
 * `dist/index.js`, its manifest beside it, and the portal's shared libraries left to the import map.
 *
 * A vendor imports the preset as `@digione/sdk/vite`; inside this repository the SDK is not built,
 * so the config imports its source (Vite bundles it into the config).
 */
import { defineConfig } from 'vite';
import { digioneApp } from '../../sdk/src/vite/index.js';

export default defineConfig({ plugins: [digioneApp({ root: import.meta.dirname })] });
