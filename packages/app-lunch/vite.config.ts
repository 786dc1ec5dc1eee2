/**
 * Builds Kouluruoka into one ES module, `dist/index.js`, with its manifest beside it. Lit,
 * @lit/localize, rxjs and DigiOne's SDK and components stay external: the portal shares one copy of
 * each through its import map. React and react-dom are not shared, so they are bundled, in their
 * production build.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const here = import.meta.dirname;

/** Every specifier the portal's import map provides. */
const external = [
  /^lit($|\/)/,
  /^@lit\/localize($|\/)/,
  /^rxjs($|\/)/,
  /^@digione\/sdk($|\/)/,
  /^@digione\/components($|\/)/,
];

/** Writes `dist/manifest.json`, the manifest the registry lists beside the code. */
const manifest: Plugin = {
  name: 'digione-app-manifest',
  apply: 'build',
  closeBundle() {
    mkdirSync(join(here, 'dist'), { recursive: true });
    copyFileSync(join(here, 'manifest.json'), join(here, 'dist/manifest.json'));
  },
};

export default defineConfig({
  // Library mode leaves process.env alone; React picks its build by it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [manifest],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    lib: { entry: join(here, 'src/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    // Vite keeps whitespace in an ES library (for the consumer's tree shaking); this is an app.
    rolldownOptions: { external, output: { minify: true } },
  },
});
