/**
 * Weight: bytes of the shell's production build as a browser receives them, each file compressed
 * on its own with gzip (level 9) and brotli (quality 11), as a host compresses them ahead of time.
 * Source maps are never counted; the benchmark's apps are not part of the shell.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { importMapOf, moduleEntriesOf, staticGraph, stylesheetsOf } from './graph.js';
import type { Builds } from './build.js';

const repo = join(import.meta.dirname, '..');

/** Bytes of a set of files: as built, and each file compressed on its own. */
export interface Size {
  readonly files: number;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** What the shell's build is made of, by where its code comes from. */
export type Group = 'shell' | 'sdk' | 'components' | 'lit' | 'rxjs' | 'translations' | 'other';

export const GROUP_LABELS: Readonly<Record<Group, string>> = {
  shell: "the shell's own code and CSS",
  sdk: '@digione/sdk',
  components: '@digione/components',
  lit: 'lit + @lit/localize',
  rxjs: 'rxjs',
  translations: 'shared sv/en translations (on demand)',
  other: 'other shared files',
};

export interface WeightResult {
  /** JavaScript the shell's page must load before its first paint: the entry's static graph. */
  readonly firstPaintJs: Size & { readonly modules: readonly string[] };
  /** Stylesheets the page links (render-blocking). */
  readonly firstPaintCss: Size;
  /** First-paint JavaScript by group. */
  readonly firstPaintGroups: Readonly<Record<Group, Size>>;
  /**
   * The whole shell: every module the shell's own code can load (static and literal dynamic
   * imports from its entry, shared libraries included) and its CSS. Apps are excluded, and so are
   * shared entry points only apps would import.
   */
  readonly wholeShell: Size;
  /** The whole shell by group. */
  readonly groups: Readonly<Record<Group, Size>>;
  /** Every JS and CSS file of the build, whoever imports it: what the portal's host serves. */
  readonly wholeBuild: Size;
  readonly buildGroups: Readonly<Record<Group, Size>>;
  /** The baseline's root config and what it loads before it runs (its static graph). */
  readonly baselineFirstPaintJs: Size;
  /** single-spa's published production ES module, alone. */
  readonly singleSpa: Size;
  /** `@luigi-project/core`: luigi.js, luigi.css and both (the reference shell). */
  readonly luigi: { readonly js: Size; readonly css: Size; readonly total: Size };
  readonly luigiVersion: string;
}

const sizes = new Map<string, Size>();

/** The size of one file (cached: the same file is weighed once per run). */
export function fileSize(file: string): Size {
  let size = sizes.get(file);
  if (!size) {
    const raw = readFileSync(file);
    size = {
      files: 1,
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      }).length,
    };
    sizes.set(file, size);
  }
  return size;
}

export function sumSizes(list: readonly Size[]): Size {
  return list.reduce(
    (a, b) => ({
      files: a.files + b.files,
      raw: a.raw + b.raw,
      gzip: a.gzip + b.gzip,
      brotli: a.brotli + b.brotli,
    }),
    { files: 0, raw: 0, gzip: 0, brotli: 0 },
  );
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

/** The group of a file of the shell's build, by its URL path. */
export function groupOf(url: string): Group {
  if (url.startsWith('/assets/')) return 'shell';
  const name = url.replace(/^\/shared\/(chunks\/)?/, '');
  if (/^(sv|en)-[\w-]+\.js$/.test(name)) return 'translations';
  if (/^digione-sdk[-/]/.test(name)) return 'sdk';
  // The components' entries and chunks (their localization may be a chunk of its own).
  if (/^digione-[\w-]+?[-/]/.test(name)) return 'components';
  if (/^lit[-/]/.test(name)) return 'lit';
  if (/^rxjs[-/]/.test(name)) return 'rxjs';
  return 'other';
}

function byGroup(root: string, urls: readonly string[]): Record<Group, Size> {
  const groups: Record<Group, Size[]> = {
    shell: [],
    sdk: [],
    components: [],
    lit: [],
    rxjs: [],
    translations: [],
    other: [],
  };
  for (const url of urls) groups[groupOf(url)].push(fileSize(join(root, url)));
  return {
    shell: sumSizes(groups.shell),
    sdk: sumSizes(groups.sdk),
    components: sumSizes(groups.components),
    lit: sumSizes(groups.lit),
    rxjs: sumSizes(groups.rxjs),
    translations: sumSizes(groups.translations),
    other: sumSizes(groups.other),
  };
}

export async function measureWeight(builds: Builds): Promise<WeightResult> {
  const root = builds.shell;
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const { imports } = importMapOf(html);
  const entries = moduleEntriesOf(html).map((url) => join(root, url));
  const firstPaint = await staticGraph(root, imports, entries);
  const shell = await staticGraph(root, imports, entries, { dynamic: true });
  const css = stylesheetsOf(html);
  const cssFiles = walk(root)
    .filter((file) => file.endsWith('.css'))
    .map((file) => `/${file}`);
  const wholeShell = [...shell, ...cssFiles];
  const all = walk(root)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => `/${file}`);

  const baselineRoot = join(builds.baseline, 'root.js');
  const baselineGraph = await staticGraph(root, imports, [baselineRoot]);

  const luigiDir = join(repo, 'node_modules', '@luigi-project', 'core');
  const luigiJs = fileSize(join(luigiDir, 'luigi.js'));
  const luigiCss = fileSize(join(luigiDir, 'luigi.css'));
  const luigiVersion = (
    JSON.parse(readFileSync(join(luigiDir, 'package.json'), 'utf8')) as { version: string }
  ).version;

  return {
    firstPaintJs: {
      ...sumSizes(firstPaint.map((url) => fileSize(join(root, url)))),
      modules: firstPaint,
    },
    firstPaintCss: sumSizes(css.map((url) => fileSize(join(root, url)))),
    firstPaintGroups: byGroup(root, firstPaint),
    wholeShell: sumSizes(wholeShell.map((url) => fileSize(join(root, url)))),
    groups: byGroup(root, wholeShell),
    wholeBuild: sumSizes(all.map((url) => fileSize(join(root, url)))),
    buildGroups: byGroup(root, all),
    baselineFirstPaintJs: sumSizes([
      fileSize(baselineRoot),
      ...baselineGraph.map((url) => fileSize(join(root, url))),
    ]),
    singleSpa: fileSize(
      join(repo, 'node_modules', 'single-spa', 'lib', 'es2015', 'esm', 'single-spa.min.js'),
    ),
    luigi: { js: luigiJs, css: luigiCss, total: sumSizes([luigiJs, luigiCss]) },
    luigiVersion,
  };
}
