/// <reference types="node" />
/**
 * @digione/sdk/vite: the Vite preset of a DigiOne Portal app. One plugin gives the app's build
 * what the portal expects, so no app lists the portal's shared libraries by hand:
 *
 *   // vite.config.ts
 *   import { defineConfig } from 'vite';
 *   import { digioneApp } from '@digione/sdk/vite';
 *   export default defineConfig({ plugins: [digioneApp()] });
 *
 * - A module app (`"isolation": "module"` in its manifest) builds into one ES module,
 *   `dist/index.js`, leaving external exactly the specifiers the portal's import map provides
 *   (`sharedSpecifiers()`: Lit and its subpaths, @lit/localize, @lit/task, RxJS, the SDK, every
 *   component entry point). Importing another module of those libraries — one the map does not
 *   name, which would put a second copy on the page — fails the build (D1-SDK-187).
 * - An iframe app (`"isolation": "iframe"`) builds its page (`index.html`) into `dist/`, usable
 *   from any folder of its origin, with every library bundled in: nothing is shared with the
 *   portal's page.
 * - Either way: `process.env.NODE_ENV` is defined as the build's mode (React picks its production
 *   build by it), and the manifest is written beside the code as `dist/manifest.json`, without its
 *   `$schema` reference.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { SHARED_PACKAGE, packageDir, sharedSpecifiers } from './shared-specifiers.js';

export { SHARED_PACKAGE, packageDir, sharedSpecifiers };

export interface DigiOneAppBuildOptions {
  /** The app's folder (default: Vite's `root`, else the working folder). */
  readonly root?: string;
  /** A module app's entry module, from the app's folder (default `src/index.ts`). */
  readonly entry?: string;
  /** The app's manifest, from the app's folder (default `manifest.json`). */
  readonly manifest?: string;
}

interface ManifestFacts {
  readonly text: string;
  readonly isolation: 'module' | 'iframe';
}

function readManifest(file: string): ManifestFacts {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `[D1-SDK-186] digioneApp: no manifest at ${file}; pass { manifest } or add one.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`[D1-SDK-186] digioneApp: ${file} is not JSON.`);
  }
  const isolation = (parsed as { isolation?: unknown } | null)?.isolation ?? 'module';
  if (isolation !== 'module' && isolation !== 'iframe') {
    throw new Error(
      `[D1-SDK-186] digioneApp: the manifest's "isolation" must be "module" or "iframe"; got ${JSON.stringify(isolation)}.`,
    );
  }
  return { text, isolation };
}

/** The manifest as deployed: the schema reference points into the sources, so it goes. */
function deployedManifest(text: string): string {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  delete manifest.$schema;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Entries of the shared libraries that an app bundles: `@digione/sdk/react` is the glue of the
 * app's own React (the portal shares no React) and imports the SDK by its shared entry;
 * `@digione/components/jsx` is the JSX typings' module, which runs nothing.
 */
const APP_BUNDLED: ReadonlySet<string> = new Set(['@digione/sdk/react', '@digione/components/jsx']);

/** The Vite plugin of a DigiOne Portal app (see the module's comment). */
export function digioneApp(options: DigiOneAppBuildOptions = {}): Plugin {
  let root = resolve(options.root ?? process.cwd());
  let manifestFile = '';
  let facts: ManifestFacts | undefined;
  let shared: ReadonlySet<string> = new Set();
  const from = (path: string): string => (isAbsolute(path) ? path : join(root, path));

  return {
    name: 'digione-app',
    // Before Vite's own resolver, which would otherwise resolve (and bundle) a shared library's module.
    enforce: 'pre',
    config(config, env): UserConfig {
      root = resolve(options.root ?? config.root ?? process.cwd());
      manifestFile = from(options.manifest ?? 'manifest.json');
      facts = readManifest(manifestFile);
      const build = config.build ?? {};
      const common: UserConfig = {
        root,
        define: {
          'process.env.NODE_ENV': JSON.stringify(
            env.mode === 'development' ? 'development' : 'production',
          ),
        },
      };
      const output = {
        outDir: build.outDir ?? join(root, 'dist'),
        emptyOutDir: build.emptyOutDir ?? true,
        sourcemap: build.sourcemap ?? true,
        target: build.target ?? 'es2022',
      };
      if (facts.isolation === 'iframe') {
        return { ...common, base: config.base ?? './', build: output };
      }
      shared = new Set(sharedSpecifiers(root));
      const external = shared;
      return {
        ...common,
        build: {
          ...output,
          minify: true,
          lib: {
            entry: from(options.entry ?? join('src', 'index.ts')),
            formats: ['es'],
            fileName: () => 'index.js',
          },
          rolldownOptions: {
            external: (id: string) => external.has(id),
            // One module for the portal to load; Vite keeps an ES library's whitespace otherwise.
            output: { codeSplitting: false, minify: true },
          },
        },
      };
    },
    resolveId(id, importer) {
      if (facts?.isolation !== 'module' || importer === undefined) return null;
      if (
        SHARED_PACKAGE.test(id) &&
        !shared.has(id) &&
        !APP_BUNDLED.has(id) &&
        !id.endsWith('.css')
      ) {
        this.error(
          `[D1-SDK-187] "${id}" (imported by ${importer}) is part of a library the portal shares, ` +
            `but its import map does not name this module: bundling it would put a second copy on ` +
            `the page. Import one of the shared entry points instead (see sharedSpecifiers()).`,
        );
      }
      return null;
    },
    generateBundle() {
      if (!facts) return;
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: deployedManifest(readFileSync(manifestFile, 'utf8')),
      });
    },
  };
}
