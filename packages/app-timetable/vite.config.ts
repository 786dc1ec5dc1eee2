import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * The libraries the portal page shares with every app through its import map: left out of the
 * bundle, so the app runs on the portal's one Lit, one localization and one set of DigiOne elements.
 */
const external = [
  /^lit($|\/)/,
  /^@lit\/localize($|\/)/,
  /^rxjs($|\/)/,
  /^@digione\/sdk($|\/)/,
  /^@digione\/components($|\/)/,
];

/** Writes the app's manifest beside its bundle: what the portal's registry lists. */
function manifest(): Plugin {
  return {
    name: 'digione-timetable-manifest',
    apply: 'build',
    closeBundle() {
      const text = readFileSync(join(root, 'manifest.json'), 'utf8');
      // The schema reference points into this repository: a deployed manifest goes without it.
      const deployed = JSON.parse(text) as Record<string, unknown>;
      delete deployed.$schema;
      writeFileSync(join(root, 'dist', 'manifest.json'), `${JSON.stringify(deployed, null, 2)}\n`);
    },
  };
}

/** The Lukujärjestys app as one ES module, `dist/index.js`, and its manifest. */
export default defineConfig({
  root,
  plugins: [manifest()],
  build: {
    target: 'es2022',
    outDir: join(root, 'dist'),
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    lib: { entry: join(root, 'src', 'index.ts'), formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: { external },
  },
});
