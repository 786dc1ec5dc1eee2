/**
 * `npm start` on a fresh clone runs before anything is built. Its Node side — the start script, the
 * development server, the local identity provider and the example apps' APIs — must therefore not
 * import, at run time, a workspace package that Node resolves to its built `dist/`
 * (`@digione/sdk`, `@digione/components`): only the browser side reaches them, through Vite and the
 * `@digione/source` condition. (`npm test` builds them before the end-to-end tests, so no other test
 * would notice.) Type-only imports are erased and do not count.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { build, type Plugin } from 'esbuild';

const repo = new URL('../..', import.meta.url).pathname;
const NEEDS_A_BUILD = /^@digione\/(sdk|components)(\/|$)/;

/** Every run-time import of a package that needs a build, reachable from `entry`, as "importer → package". */
async function builtImportsOf(entry: string): Promise<string[]> {
  const found: string[] = [];
  const watch: Plugin = {
    name: 'imports-needing-a-build',
    setup(bundle) {
      bundle.onResolve({ filter: /^[^./]/ }, (args) => {
        if (NEEDS_A_BUILD.test(args.path)) {
          found.push(`${relative(repo, args.importer)} → ${args.path}`);
          return { path: args.path, external: true };
        }
        // The workspace's own Node packages are followed into their sources; the rest is npm's.
        if (args.path.startsWith('@digione/')) return undefined;
        return { path: args.path, external: true };
      });
    },
  };
  await build({
    entryPoints: [entry],
    absWorkingDir: repo,
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    conditions: ['@digione/source'],
    logLevel: 'silent',
    plugins: [watch],
  });
  return [...new Set(found)].sort();
}

/** The example apps' APIs, which the start script imports by path when it starts them. */
const exampleApis = readdirSync(join(repo, 'packages'))
  .map((name) => `packages/${name}/api/server.ts`)
  .filter((path) => existsSync(join(repo, path)));

test('the Node side of npm start imports nothing that needs a build first', async () => {
  expect(exampleApis.length).toBeGreaterThanOrEqual(5);
  for (const entry of ['shell/scripts/start.ts', ...exampleApis]) {
    expect(await builtImportsOf(entry), entry).toEqual([]);
  }
});

test('the check finds such an import when there is one', async () => {
  // The app's browser entry imports the SDK: the check must see it (it reaches no further).
  expect(await builtImportsOf('packages/app-messages/src/api.ts')).toContain(
    'packages/app-messages/src/api.ts → @digione/sdk',
  );
});
