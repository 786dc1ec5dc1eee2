/**
 * A vendor's own app in `npm start`: a React app made by `npm create @digione/app`, built and
 * released as the guide says (`npm run build`, `npm run release -- --entry-url …`), added to the
 * development portal with `npm start -- --app <its dist/manifest.json>` (README "Quick start",
 * sdk/README.md "See it in DigiOne Portal"). The prebuilt module is served as built, its
 * `integrity` checked as in production; it imports Lit, the SDK and the components through the
 * development import map, so the page has one Lit; it renders for a signed-in pupil, gets a real
 * token for its own audience (registered with the local identity provider at start), which the
 * stand-in API `npm start` runs for it accepts, and follows a switch of language. A changed build
 * that no longer matches the released hash is not run.
 *
 * `npm start` runs as a person types it, in a process group of its own on ports of this worker,
 * stopped (everything in the group) after.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { startUntil, vendorEnv, type Started } from '../vendor-path/process.js';
import { freePort } from './support/sandbox.js';
import { openSignedIn } from './support/sign-in.js';
import { workerCache } from './support/stack.js';
import {
  expectTokenAndLanguage,
  appButton,
  makeVendorProject,
  type VendorProject,
} from './support/vendor-project.js';

const repo = join(import.meta.dirname, '..', '..');
const ID = 'hello-react';

/** What `npm start` prints once everything runs, down to the vendor app's stand-in API. */
const READY = new RegExp(
  String.raw`DigiOne Portal: (http://\S+)/\n[\s\S]*Your app ${ID} \(.*\):\n` +
    String.raw`[\s\S]*?a stand-in API checks them: (http://\S+)/me\n`,
);

test.describe('npm start -- --app: a vendor’s built React app in the development portal', () => {
  let project: VendorProject | undefined;
  let started: Started | undefined;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // Released for its production address, as the guide does: npm start serves the built folder.
    project = makeVendorProject('react', ID, `https://cdn.example.fi/${ID}/index.js`);
    const port = await freePort();
    started = await startUntil(
      ['npm', 'start', '--', '--app', relative(repo, join(project.dist, 'manifest.json'))],
      READY,
      {
        cwd: repo,
        env: vendorEnv({
          DIGIONE_PORT: String(port),
          DIGIONE_IDP_PORT: String(await freePort()),
          DIGIONE_IFRAME_APP_PORT: String(await freePort()),
          DIGIONE_VITE_CACHE: workerCache('npm-start'),
        }),
        // A hang, not a slow start (a fresh Vite cache optimises the shell's dependencies first).
        timeoutMs: 180_000,
      },
    );
  });

  test.afterAll(async () => {
    await started?.stop();
    project?.remove();
  });

  test('renders with its token, follows the language, and runs only as released', async ({
    page,
  }) => {
    if (!started || !project) throw new Error('npm start did not start');
    const [, origin = '', standInApi = ''] = started.match;
    const { released } = project;
    expect(released.integrity, 'the release pins the entry').toMatch(/^sha384-/);
    expect(started.output()).toContain('integrity checked');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await openSignedIn(page, origin, 'pupil', released.routes[0]);
    await expect(page.getByText('Hei, Aino!')).toBeVisible();
    await expect(appButton(page)).toHaveText('Tervehdi');
    // The portal serves the built file byte for byte (so its hash holds).
    const served = await fetch(`${origin}/apps/${ID}/index.js`);
    expect(Buffer.from(await served.arrayBuffer()).equals(builtEntry(project))).toBe(true);
    // One Lit on the page: the app's imports went through the import map to the shell's modules.
    expect(
      await page.evaluate(
        () => (globalThis as { litElementVersions?: unknown[] }).litElementVersions?.length,
      ),
    ).toBe(1);

    // A token for the app's own audience, which the stand-in API accepts; the language follows.
    await expectTokenAndLanguage(page, released, standInApi, errors);

    // A build changed after its release no longer matches the manifest's hash: it is not run.
    appendFileSync(join(project.dist, 'index.js'), '\n// changed after the release\n');
    const refused = page.waitForEvent('console', (message) =>
      message.text().includes('does not match the integrity hash'),
    );
    await page.reload();
    await refused;
    await expect(page.getByText('Hej, Aino!')).toBeHidden();
  });
});

function builtEntry(project: VendorProject): Buffer {
  return readFileSync(join(project.dist, 'index.js'));
}
