/**
 * A React app as `npm create @digione/app` makes it, built and released as its vendor does
 * (`digione build`, `digione release`), runs in the portal: registered by its released manifest —
 * `integrity` and `version` as written — in the portal's production build, it renders for a
 * signed-in person, gets a real token for its own API audience through `context.getAccessToken`
 * (which that API accepts), and follows a switch of language.
 *
 * The project is made and built as support/vendor-project.ts does, from the workspace's packages
 * (no install). The same app in the development portal of `npm start`: start-vendor-app.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { openSignedIn } from './support/sign-in.js';
import { startStack, type Stack } from './support/stack.js';
import {
  expectTokenAndLanguage,
  appButton,
  makeVendorProject,
  type VendorProject,
} from './support/vendor-project.js';

const ID = 'hello-react';

test.describe('a React app made by npm create @digione/app', () => {
  let project: VendorProject | undefined;
  let stack: Stack | undefined;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // Served beside the portal, on the origin the tests' app host gives it (stack.ts).
    project = makeVendorProject('react', ID, `/apps/${ID}/index.js`);
    const { released } = project;
    stack = await startStack({
      audiences: [released.api.audience],
      registry: [released],
      apps: { [ID]: project.dist },
    });
  });

  test.afterAll(async () => {
    await stack?.stop();
    project?.remove();
  });

  test('renders in the portal with its token and follows the language', async ({ page }) => {
    const portal = stack;
    if (!portal || !project) throw new Error('the portal did not start');
    const { released } = project;
    expect(released.integrity, 'the release pins the entry').toMatch(/^sha384-/);
    expect(released.version, 'the release names package.json’s version').toBe(project.version);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await openSignedIn(page, portal.portal.origin, 'pupil', released.routes[0]);
    // The app's area is the shell's light DOM, slotted into its main region.
    await expect(page.getByText('Hei, Aino!')).toBeVisible();
    await expect(appButton(page)).toHaveText('Tervehdi');

    // A token for the app's own audience, from the app's own context; its API accepts it.
    await expectTokenAndLanguage(
      page,
      released,
      portal.apis.get(released.api.audience)?.url ?? '',
      errors,
    );
  });
});
