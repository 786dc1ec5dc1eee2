import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vite';

const src = join(import.meta.dirname, 'src');
const components = readdirSync(src, { withFileTypes: true })
  .filter(
    (d) =>
      d.isDirectory() &&
      existsSync(join(src, d.name, 'define.ts')) &&
      existsSync(join(src, d.name, `${d.name}.ts`)),
  )
  .map((d) => d.name);

/** Every public entry point of the package (see "exports" in package.json). */
export const entries: Record<string, string> = {
  index: join(src, 'index.ts'),
  define: join(src, 'define.ts'),
  'localization/localization': join(src, 'localization/localization.ts'),
  'tokens/tenants': join(src, 'tokens/tenants.ts'),
  'tokens/example-brands': join(src, 'tokens/example-brands.ts'),
  'events/events': join(src, 'events/events.ts'),
  ...Object.fromEntries(
    components.flatMap((name) => [
      [`${name}/${name}`, join(src, name, `${name}.ts`)],
      [`${name}/define`, join(src, name, 'define.ts')],
    ]),
  ),
};

/** Lit and @lit/localize are shared by every app on the page; the library never bundles them. */
export const external = [/^lit($|\/)/, /^@lit\/localize($|\/)/];

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
