/**
 * Builds what the benchmark serves, into a temporary folder: the shell's production build (as
 * `npm run build -w @digione/shell` makes it), the benchmark's apps and the bare single-spa
 * baseline (ES modules with the shared libraries left to the shell's import map, as a vendor
 * builds an app), and the in-page probe.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { buildPortal } from '../shell/scripts/build-portal.js';
import { sharedSpecifiers } from '../shell/scripts/shared-dependencies.js';
import { BENCH_APPS } from './apps/manifests.js';
import { importMapOf, staticGraph } from './graph.js';

const repo = join(import.meta.dirname, '..');

export interface Builds {
  /** The shell's production build (index.html, assets/, shared/). */
  readonly shell: string;
  /** The apps' code: `<folder>/index.js` for each app of BENCH_APPS. */
  readonly apps: string;
  /** The baseline's page: index.html and root.js (the shared libraries come from `shell`). */
  readonly baseline: string;
  /** The probe, as a script to run in every page before the page's own. */
  readonly probe: string;
}

/** ES modules for the browser, minified, with the shared libraries' names left bare. */
function moduleOptions(): Parameters<typeof esbuild>[0] {
  return {
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
    external: sharedSpecifiers(),
    tsconfig: join(repo, 'tsconfig.json'),
  };
}

export async function buildAll(dir: string): Promise<Builds> {
  const shell = join(dir, 'shell');
  const apps = join(dir, 'apps');
  const baseline = join(dir, 'baseline');
  await buildPortal(shell);

  await esbuild({
    ...moduleOptions(),
    entryPoints: Object.fromEntries(
      BENCH_APPS.map((app) => [
        `${app.folder}/index`,
        join(import.meta.dirname, 'apps', app.folder, 'index.ts'),
      ]),
    ),
    outdir: apps,
  });

  mkdirSync(baseline, { recursive: true });
  await esbuild({
    ...moduleOptions(),
    entryPoints: [join(import.meta.dirname, 'baseline', 'root.ts')],
    outfile: join(baseline, 'root.js'),
  });
  // The baseline's page maps the shared names as the portal's does, and preloads what its root
  // config imports statically, as the portal's build preloads what the shell imports.
  const { script, imports } = importMapOf(readFileSync(join(shell, 'index.html'), 'utf8'));
  const preload = await staticGraph(shell, imports, [join(baseline, 'root.js')]);
  writeFileSync(
    join(baseline, 'index.html'),
    [
      '<!doctype html>',
      '<html lang="fi">',
      '  <head>',
      '    <meta charset="utf-8" />',
      '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
      '    <title>DigiOne – single-spa baseline</title>',
      `    ${script}`,
      '    <script type="module" src="/root.js"></script>',
      ...preload.map((url) => `    <link rel="modulepreload" href="${url}" />`),
      '  </head>',
      '  <body></body>',
      '</html>',
      '',
    ].join('\n'),
  );

  const probe = await esbuild({
    entryPoints: [join(import.meta.dirname, 'probe', 'probe.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
  });
  return { shell, apps, baseline, probe: probe.outputFiles[0]?.text ?? '' };
}
