import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/** What the portal's import map shares with every app: never bundled into an app. */
export const external = [
  /^lit($|\/)/,
  /^@lit\/localize($|\/)/,
  /^rxjs($|\/)/,
  /^@digione\/sdk($|\/)/,
  /^@digione\/components($|\/)/,
];

/** Writes the app's manifest beside its code, as a registry reads it. */
function manifest(): Plugin {
  return {
    name: 'digione-manifest',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: readFileSync(join(root, 'manifest.json'), 'utf8'),
      });
    },
  };
}

/** The Messages app as one ES module, `dist/index.js`, with its manifest. */
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
    rolldownOptions: {
      external,
      output: { codeSplitting: false },
    },
  },
});
