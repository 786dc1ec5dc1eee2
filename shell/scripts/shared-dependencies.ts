/**
 * The libraries every app on the portal page shares — Lit, @lit/localize, @lit/task, RxJS,
 * @digione/sdk and @digione/components — and the Vite plugin that loads them once for the shell and
 * all apps. Which module specifiers are shared is decided in one place, the SDK's
 * `sdk/src/vite/shared-specifiers.ts`.
 *
 * - `vite build`: the shared libraries are built as ES modules under `/shared/` (hashed file names,
 *   entry exports kept as they are), the shell's own bundle imports them by their bare names, and
 *   `<script type="importmap">` in index.html maps each name to its file. A vendor's module app,
 *   built with the same names left external, resolves them through the same import map: one Lit,
 *   one localization, one set of DigiOne elements on the page, whichever origin the app comes from.
 * - development: everything Vite serves already shares one instance of each module. Apps served
 *   from another origin get an import map too, whose entries re-export what the shell itself runs.
 */
import { join } from 'node:path';
import {
  build,
  type HtmlTagDescriptor,
  type Plugin,
  type ResolvedConfig,
  type Rolldown,
} from 'vite';
import { APP_PRELOAD_META, BOOT_PRELOAD_META } from '../src/portal/preload.js';
import {
  SHARED_PACKAGE,
  sharedSpecifiers as sharedSpecifiersFrom,
} from '../../sdk/src/vite/shared-specifiers.js';

type OutputChunk = Rolldown.OutputChunk;

const repo = join(import.meta.dirname, '..', '..');

/**
 * Every bare module specifier the portal shares with its apps, in a stable order: the one list,
 * kept in the SDK (`@digione/sdk/vite`), which also leaves exactly these names external when a
 * vendor builds an app.
 */
export function sharedSpecifiers(): string[] {
  return sharedSpecifiersFrom(repo);
}

/** Whether the shell's build leaves `id` to the import map (stylesheets are bundled as usual). */
export function isSharedImport(id: string): boolean {
  return SHARED_PACKAGE.test(id) && !id.endsWith('.css');
}

/**
 * The file name (without hash) of a shared specifier: `lit/decorators.js` → `lit/decorators`,
 * `@digione/components/button/define` → `digione-components/button/define`.
 */
function entryName(specifier: string): string {
  return specifier.replace(/^@([^/]+)\//, '$1-').replace(/\.js$/, '');
}

/**
 * The shared code in a few chunks, one per library, instead of one per module: a page asks for a
 * dozen files, not a hundred. The modules that register tags (`define`) form a chunk of their own,
 * so importing a class still registers no tag — but importing one `<name>/define` registers every
 * DigiOne tag, which on the portal page the shell has done already. Lazily loaded translations
 * stay apart. A group takes the dependencies of its modules too, so the libraries claim theirs
 * first (priority). The localization setup is a chunk of its own: the portal's first paint needs
 * it, and nothing else of the components.
 */
/**
 * The SDK's modules for an app's own code: its API client, formatting and calendar, the element
 * controllers and per-app translations, and the iframe app's side of the connection.
 */
const SDK_APP_SIDE =
  /[\\/]sdk[\\/]src[\\/](app[\\/](api-client|format|calendar|app-controller|context-controller|localization)|iframe[\\/](connect|connection))\.ts$/;

/**
 * Lit's directives and static templates (`lit/directives/*`, `lit/async-directive.js`,
 * `lit/static-html.js` and what they are built on): the frame's first paint uses none of them.
 */
const LIT_DIRECTIVES =
  /node_modules[\\/](lit|lit-html)[\\/](directives[\\/]|(async-directive|directive|directive-helpers|static|static-html)\.js$)/;

const CHUNK_GROUPS = [
  // Lit itself, its decorators and @lit/localize: what the first paint runs on.
  {
    name: 'lit',
    test: (id: string) =>
      /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/](?!task[\\/])[^\\/]+)[\\/]/.test(id) &&
      !LIT_DIRECTIVES.test(id),
    priority: 4,
  },
  // After Lit itself, so the directives' chunk imports Lit rather than taking it in.
  { name: 'lit-directives', test: LIT_DIRECTIVES, priority: 3 },
  // @lit/task serves apps' loading states: the portal's first paint has no use for it.
  { name: 'lit-task', test: /node_modules[\\/]@lit[\\/]task[\\/]/, priority: 3 },
  { name: 'rxjs', test: /node_modules[\\/]rxjs[\\/]/, priority: 4 },
  // The page's one localization setup: the frame paints with it before the component library loads.
  {
    name: 'digione-localization',
    test: /packages[\\/]components[\\/]src[\\/]localization[\\/]localization\.ts$/,
    priority: 4,
  },
  {
    name: 'digione-components',
    test: (id: string) =>
      /(packages[\\/]components[\\/]src|node_modules[\\/]lucide)[\\/]/.test(id) &&
      !/[\\/](generated[\\/][^\\/]+|define\.ts)$/.test(id),
    priority: 2,
  },
  // The contract and the host side, which the shell runs on. The entries (index.ts) stay apart, so
  // the shell's `@digione/sdk/host` does not bring the app side with it.
  {
    name: 'digione-sdk',
    test: (id: string) =>
      /[\\/]sdk[\\/]src[\\/]/.test(id) && !/[\\/]index\.ts$/.test(id) && !SDK_APP_SIDE.test(id),
    priority: 2,
  },
  // What only an app's own code uses: loaded with the first app that imports `@digione/sdk` or
  // `@digione/sdk/iframe`, never by the shell. Last, so the contract claims what both sides share.
  {
    name: 'digione-sdk-app',
    test: (id: string) => SDK_APP_SIDE.test(id) || /node_modules[\\/]date-fns[\\/]/.test(id),
    priority: 1,
  },
  {
    name: 'digione-components-define',
    test: /packages[\\/]components[\\/]src[\\/](.+[\\/])?define\.ts$/,
    priority: 1,
  },
];

/** An import map, as the HTML spec defines it (only the parts the portal uses). */
export interface ImportMap {
  readonly imports: Readonly<Record<string, string>>;
}

/** What the shared build produced: the import map and, per output file, its static imports. */
interface SharedBuild {
  readonly importMap: ImportMap;
  readonly files: readonly (OutputChunk | Rolldown.OutputAsset)[];
  /** Static imports of each shared chunk (file names), for modulepreload links. */
  readonly imports: ReadonlyMap<string, readonly string[]>;
}

/** Builds the shared libraries (in memory; the shell's build emits the files). */
async function buildShared(
  config: ResolvedConfig,
  specifiers: readonly string[],
): Promise<SharedBuild> {
  const input = Object.fromEntries(specifiers.map((s) => [entryName(s), s]));
  const output = (await build({
    configFile: join(repo, 'vite.config.ts'),
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: config.build.target,
      minify: true,
      sourcemap: config.build.sourcemap,
      assetsDir: 'shared',
      rolldownOptions: {
        input,
        // Every export of every entry stays, whether the shell uses it or not: apps may.
        preserveEntrySignatures: 'strict',
        output: {
          entryFileNames: 'shared/[name]-[hash].js',
          chunkFileNames: 'shared/chunks/[name]-[hash].js',
          codeSplitting: { groups: CHUNK_GROUPS },
        },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const files = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const imports: Record<string, string> = {};
  const chunkImports = new Map<string, readonly string[]>();
  for (const file of files) {
    if (file.type !== 'chunk') continue;
    chunkImports.set(file.fileName, file.imports);
    if (!file.isEntry) continue;
    const specifier = specifiers.find((s) => entryName(s) === file.name);
    if (specifier) imports[specifier] = config.base + file.fileName;
  }
  const missing = specifiers.filter((s) => !(s in imports));
  if (missing.length > 0) {
    throw new Error(`The shared build produced no module for: ${missing.join(', ')}.`);
  }
  return { importMap: { imports }, files, imports: chunkImports };
}

/** The shared files the shell's own code imports, at start or later (boot, pages, translations). */
function shellLoads(
  bundle: Rolldown.OutputBundle | undefined,
  importMap: ImportMap,
): ReadonlySet<string> {
  const urls = new Set<string>();
  for (const file of Object.values(bundle ?? {})) {
    if (file.type !== 'chunk' || file.fileName.startsWith('shared/')) continue;
    for (const id of [...file.imports, ...file.dynamicImports]) {
      const url = importMap.imports[id];
      if (url) urls.add(url);
    }
  }
  return urls;
}

/**
 * The files of `@digione/sdk`'s module graph that the shell does not load itself — the app side:
 * its API client, controllers, formatting, translations. Every module app built on the SDK imports
 * them, one level below the other (app → `@digione/sdk` → its chunks), which on a slow network is
 * a round trip each; the shell asks for them all at once, beside the first module app's own code.
 */
function appSideFiles(
  importMap: ImportMap,
  imports: ReadonlyMap<string, readonly string[]>,
  shellUrls: ReadonlySet<string>,
  base: string,
): string[] {
  const loaded = new Set<string>();
  const mark = (file: string): void => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const next of imports.get(file) ?? []) mark(next);
  };
  for (const url of shellUrls) mark(url.slice(base.length));
  const found = new Set<string>();
  const visit = (file: string): void => {
    if (loaded.has(file) || found.has(file)) return;
    found.add(file);
    for (const next of imports.get(file) ?? []) visit(next);
  };
  const sdk = importMap.imports['@digione/sdk'];
  if (sdk) visit(sdk.slice(base.length));
  return [...found].sort();
}

/**
 * The shared files `chunk` loads before it runs: the shared modules its static imports name,
 * through the shell's own chunks (other than `skip`), with every shared file they import in turn;
 * none of `loaded`.
 */
function staticSharedFiles(
  chunk: OutputChunk,
  bundle: Rolldown.OutputBundle | undefined,
  { importMap, imports }: Pick<SharedBuild, 'importMap' | 'imports'>,
  base: string,
  { loaded, skip }: { loaded?: ReadonlySet<string>; skip?: OutputChunk } = {},
): Set<string> {
  const found = new Set<string>();
  const shared = (file: string): void => {
    if (loaded?.has(file) || found.has(file)) return;
    found.add(file);
    for (const next of imports.get(file) ?? []) shared(next);
  };
  const walked = new Set<string>();
  const walk = (from: OutputChunk): void => {
    for (const id of from.imports) {
      const url = importMap.imports[id];
      if (url) shared(url.slice(base.length));
      const own = bundle?.[id];
      if (own?.type === 'chunk' && own !== skip && !walked.has(id)) {
        walked.add(id);
        walk(own);
      }
    }
  };
  walk(chunk);
  return found;
}

/**
 * The shared files the boot module (`src/portal/boot.ts`, which the entry imports dynamically)
 * needs beyond `loaded`, what the page's head preloads already: the shared modules its static
 * imports name, through the shell's own chunks, with every shared file they import in turn. Found
 * only as the boot module arrives, they came one round trip after it and their chunks one more:
 * under 4× CPU and Slow 4G, the boot's shared files arrived 2.1 s after the boot module had.
 */
function bootFiles(
  bundle: Rolldown.OutputBundle | undefined,
  entry: OutputChunk,
  importMap: ImportMap,
  imports: ReadonlyMap<string, readonly string[]>,
  loaded: ReadonlySet<string>,
  base: string,
): string[] {
  const boot = entry.dynamicImports
    .map((id) => bundle?.[id])
    .find(
      (file): file is OutputChunk =>
        file?.type === 'chunk' && (file.facadeModuleId ?? '').endsWith('/src/portal/boot.ts'),
    );
  if (!boot) {
    throw new Error(
      'shared-dependencies: the entry no longer imports src/portal/boot.ts as a chunk of its own; the boot preload list needs it.',
    );
  }
  const files = staticSharedFiles(boot, bundle, { importMap, imports }, base, {
    loaded,
    skip: entry,
  });
  return [...files].sort();
}

/** URL prefix of the development re-export modules, e.g. `/@digione-shared/lit/decorators.js`. */
const DEV_PREFIX = '/@digione-shared/';
const DEV_VIRTUAL = '\0digione-shared:';

/** The import map and shared builds of DigiOne Portal's shell (see the module's comment). */
export function sharedDependencies(): Plugin[] {
  const specifiers = sharedSpecifiers();
  let config: ResolvedConfig;
  let shared: SharedBuild | undefined;

  const production: Plugin = {
    name: 'digione-shared-dependencies',
    apply: 'build',
    config() {
      return {
        build: {
          rolldownOptions: {
            external: (id: string) => isSharedImport(id),
            // The nested build of the shared libraries is expected to take most of the time.
            checks: { bundlerTimings: false },
          },
        },
      };
    },
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      shared = await buildShared(config, specifiers);
      for (const file of shared.files) {
        this.emitFile({
          type: 'asset',
          fileName: file.fileName,
          source: file.type === 'chunk' ? file.code : file.source,
        });
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] {
        if (!shared) throw new Error('The shared libraries were not built.');
        const { importMap, imports } = shared;
        const tags: HtmlTagDescriptor[] = [
          {
            tag: 'script',
            attrs: { type: 'importmap' },
            children: JSON.stringify(importMap),
            injectTo: 'head-prepend',
          },
        ];
        // The shared modules the shell needs at start, fetched in parallel with its own.
        const preload = ctx.chunk
          ? staticSharedFiles(ctx.chunk, ctx.bundle, shared, config.base)
          : new Set<string>();
        for (const file of [...preload].sort()) {
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', href: config.base + file },
            injectTo: 'head',
          });
        }
        // What the page asks for later, each list all at once (src/portal/preload.ts): the boot
        // module's shared files, and the SDK's app side.
        const lists: [name: string, files: string[]][] = [
          [
            BOOT_PRELOAD_META,
            ctx.chunk
              ? bootFiles(ctx.bundle, ctx.chunk, importMap, imports, preload, config.base)
              : [],
          ],
          [
            APP_PRELOAD_META,
            appSideFiles(importMap, imports, shellLoads(ctx.bundle, importMap), config.base),
          ],
        ];
        for (const [name, files] of lists) {
          if (files.length === 0) continue;
          tags.push({
            tag: 'meta',
            attrs: { name, content: files.map((file) => config.base + file).join(' ') },
            injectTo: 'head',
          });
        }
        return tags;
      },
    },
    generateBundle(_options, bundle) {
      const known = shared?.importMap.imports ?? {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || file.fileName.startsWith('shared/')) continue;
        for (const id of [...file.imports, ...file.dynamicImports]) {
          if (id in bundle || id in known) continue;
          this.error(
            `${file.fileName} imports "${id}", which the import map does not name. ` +
              'Import a public entry point of the shared library, or add the entry point to ' +
              'sharedSpecifiers() in shell/scripts/shared-dependencies.ts.',
          );
        }
      }
    },
  };

  const development: Plugin = {
    name: 'digione-shared-dependencies-dev',
    apply: 'serve',
    config() {
      // Pre-bundled up front, so an app's first import of, say, a Lit directive the shell never
      // used does not make Vite re-optimise and reload the page.
      return {
        optimizeDeps: {
          include: specifiers.filter((s) => !s.startsWith('@digione/')),
        },
      };
    },
    resolveId(id) {
      return id.startsWith(DEV_PREFIX) ? DEV_VIRTUAL + id.slice(DEV_PREFIX.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(DEV_VIRTUAL)) return undefined;
      const specifier = id.slice(DEV_VIRTUAL.length);
      if (!specifiers.includes(specifier)) return undefined;
      // Vite rewrites this import to the very URL the shell's own modules import: one instance.
      return `export * from ${JSON.stringify(specifier)};\n`;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(): HtmlTagDescriptor[] {
        const imports = Object.fromEntries(specifiers.map((s) => [s, DEV_PREFIX + s]));
        return [
          {
            tag: 'script',
            attrs: { type: 'importmap' },
            children: JSON.stringify({ imports }),
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };

  return [production, development];
}
