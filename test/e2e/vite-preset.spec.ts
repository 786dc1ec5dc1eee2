/**
 * `@digione/sdk/vite`, the preset every DigiOne Portal app builds with (no browser): a module app
 * leaves external exactly what the portal's import map provides — the same list the portal's own
 * build maps — and nothing else; an import of a shared library that the map does not name fails the
 * build; an iframe app builds its page with everything bundled. Each build writes the manifest.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import { digioneApp, sharedSpecifiers } from '../../sdk/src/vite/index.js';
import { SHELL_BUILD } from './support/shell-build.js';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, 'fixtures', 'vite-preset');

let out: string;
test.beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'digione-vite-preset-'));
});
test.afterEach(() => {
  rmSync(out, { recursive: true, force: true });
});

/** Builds one fixture app with the preset alone, as a vendor's config would. */
async function buildFixture(name: string): Promise<Rolldown.OutputChunk[]> {
  const root = join(fixtures, name);
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [digioneApp({ root })],
    build: { outDir: out, sourcemap: false },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  return (Array.isArray(result) ? result : [result])
    .flatMap((r) => r.output)
    .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
}

/** The bare specifiers a built module imports (statically or dynamically). */
const bareImports = (chunk: Rolldown.OutputChunk): string[] =>
  [...chunk.imports, ...chunk.dynamicImports].filter((id) => !id.startsWith('.')).sort();

test.describe('the Vite preset', () => {
  test('shares exactly what the portal’s import map provides, subpaths included', () => {
    const html = readFileSync(join(SHELL_BUILD, 'index.html'), 'utf8');
    const json = /<script type="importmap">([^<]*)<\/script>/.exec(html)?.[1];
    expect(json, 'the portal build has an import map').toBeTruthy();
    const mapped = Object.keys((JSON.parse(json ?? '{}') as { imports: object }).imports);
    const shared = sharedSpecifiers(repo);
    expect([...shared].sort()).toEqual([...mapped].sort());
    expect(shared).toEqual(
      expect.arrayContaining([
        'lit/directives/class-map.js',
        'lit/decorators.js',
        '@lit/task',
        'rxjs/operators',
        '@digione/components/define',
        '@digione/components/button/define',
      ]),
    );
  });

  test('builds a module app into one ES module with only shared names left external', async () => {
    const chunks = await buildFixture('module');
    expect(chunks.map((c) => c.fileName)).toEqual(['index.js']);
    const index = chunks.find((chunk) => chunk.fileName === 'index.js');
    if (!index) throw new Error('no index.js');
    expect(bareImports(index)).toEqual(
      [
        '@digione/components/button/define',
        '@digione/sdk',
        '@lit/task',
        'lit',
        'lit/directives/class-map.js',
        'rxjs/operators',
      ].sort(),
    );
    const shared = new Set(sharedSpecifiers(repo));
    for (const id of bareImports(index)) expect(shared.has(id), id).toBe(true);
    // ES module output, the app's own code inlined, React's production switch defined.
    expect(index.code).toMatch(/^import/m);
    expect(index.code).toMatch(/[`"]production[`"]/);
    expect(index.code).not.toContain('process.env');
    expect(index.code).toContain('Hei');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as object;
    expect(manifest).toEqual({ id: 'preset-module', isolation: 'module' });
  });

  test('fails the build, with D1-SDK-187, on a shared library’s module the map does not name', async () => {
    await expect(buildFixture('unshared')).rejects.toThrow(
      /D1-SDK-187.*lit-html\/directives\/class-map\.js/,
    );
  });

  test('builds an iframe app’s page with everything bundled, from any folder', async () => {
    const chunks = await buildFixture('iframe');
    for (const chunk of chunks) expect(bareImports(chunk)).toEqual([]);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/src="\.\/assets\/[^"]+\.js"/);
    expect(readdirSync(out).sort()).toEqual(['assets', 'index.html', 'manifest.json']);
  });
});
