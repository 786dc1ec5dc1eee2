/**
 * The module graph of a built page: from its entry scripts, every module the browser must fetch
 * and evaluate before the entry runs (static imports, bare names resolved through the page's
 * import map), or every module the page's own code can ever load (with `import()`s of literal
 * names). esbuild parses the modules.
 */
import { join, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';

/** An import map's `imports`: bare specifier → URL path on the page's origin. */
export type Imports = Readonly<Partial<Record<string, string>>>;

/** The import map of an HTML page (its single `<script type="importmap">`), or none. */
export function importMapOf(html: string): { readonly script: string; readonly imports: Imports } {
  const match = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html);
  if (!match) return { script: '', imports: {} };
  const parsed = JSON.parse(match[1]) as { imports?: Imports };
  return { script: match[0], imports: parsed.imports ?? {} };
}

/** The module scripts an HTML page starts (`<script type="module" src>`), as URL paths. */
export function moduleEntriesOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*type="module"[^>]*\bsrc="([^"]+)"/g)].map(
    ([, src = '']) => src,
  );
}

/** The stylesheets an HTML page links (render-blocking), as URL paths. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map(
    ([, href = '']) => href,
  );
}

/**
 * Every module reachable from `entries` (files) by static imports — and, with `dynamic`, by
 * `import()` of a literal name too (a name computed at run time, like an app's entry, is never
 * followed) — as URL paths of the folder `root`, which the page serves at `/`; the entries
 * themselves are included when they are in `root`. Fails on a bare name the import map lacks.
 */
export async function staticGraph(
  root: string,
  imports: Imports,
  entries: readonly string[],
  options: { readonly dynamic?: boolean } = {},
): Promise<string[]> {
  const reached = new Set<string>();
  for (const entry of entries) {
    if (entry.startsWith(root + sep)) reached.add(entry.slice(root.length).replaceAll('\\', '/'));
  }
  const toUrl = (file: string): string => file.slice(root.length).replaceAll('\\', '/');
  const resolver: Plugin = {
    name: 'digione-import-map',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        // Loaded later, on demand: not part of what the entry needs before it runs.
        const followed =
          args.kind === 'import-statement' || (options.dynamic && args.kind === 'dynamic-import');
        if (!followed) return { path: args.path, external: true };
        let url: string | undefined;
        if (args.path.startsWith('./') || args.path.startsWith('../')) {
          url = new URL(args.path, `http://page.invalid${toUrl(args.importer)}`).pathname;
        } else if (args.path.startsWith('/')) {
          url = args.path;
        } else {
          url = imports[args.path];
        }
        if (url === undefined) {
          return { errors: [{ text: `"${args.path}" is not in the page's import map` }] };
        }
        reached.add(url);
        return { path: join(root, url) };
      });
    },
  };
  await build({
    entryPoints: [...entries],
    bundle: true,
    write: false,
    format: 'esm',
    outdir: join(root, '.graph'),
    logLevel: 'silent',
    plugins: [resolver],
  });
  return [...reached].sort();
}
