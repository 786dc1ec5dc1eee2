import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * What the portal's import map shares with every app (one Lit, one localization, one set of DigiOne
 * elements on the page): never bundled.
 */
const external = [
  /^lit($|\/)/,
  /^@lit\/localize($|\/)/,
  /^rxjs($|\/)/,
  /^@digione\/sdk($|\/)/,
  /^@digione\/components($|\/)/,
];

/** Writes the app's manifest beside its module, as a registry picks both up. */
function manifest(): Plugin {
  return {
    name: 'assessment-manifest',
    generateBundle() {
      const app = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      // The schema's path is relative to the sources; the built manifest stands alone.
      delete app.$schema;
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: `${JSON.stringify(app, null, 2)}\n`,
      });
    },
  };
}

/** The app as one ES module, `dist/index.js`, with its manifest as `dist/manifest.json`. */
export default defineConfig({
  root,
  plugins: [manifest()],
  build: {
    target: 'es2022',
    outDir: join(root, 'dist'),
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    lib: { entry: join(root, 'src/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: { external },
  },
});
