/**
 * A React app as `npm create @digione/app` makes it, built and released as its vendor does
 * (`digione build`, `digione release`), runs in the portal: registered by its released manifest —
 * `integrity` and `version` as written — in the portal's production build, it renders for a
 * signed-in person, gets a real token for its own API audience through `context.getAccessToken`
 * (which that API accepts), and follows a switch of language.
 *
 * The project is made from the template in this repository by the create command itself, and
 * built from the workspace's packages (no install): the vendor path (test/vendor-path) installs
 * the packed packages instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { jwtClaims } from '@digione/dev-idp/testing';
import { openSignedIn } from './support/sign-in.js';
import { startStack, type Stack } from './support/stack.js';

const repo = join(import.meta.dirname, '..', '..');
const ID = 'hello-react';

interface Released {
  id: string;
  entry: string;
  integrity?: string;
  version?: string;
  routes: string[];
  api: { audience: string };
}

/** Runs a command of the vendor's path in the project; its output is the failure's message. */
function vendorCommand(cwd: string, argv: string[]): void {
  const ran = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8', timeout: 180_000 });
  if (ran.status !== 0) {
    throw new Error(
      `${argv.join(' ')} exited with ${String(ran.status)}:\n${ran.stdout}${ran.stderr}`,
    );
  }
}

/** The app's greeting button, in any language (the portal's own buttons say none of these). */
function appButton(page: Page) {
  return page.locator('d1-button', { hasText: /^\s*(Tervehdi|Hälsa|Say hello)\s*$/ });
}

/**
 * The app's context as its React tree holds it: in the value of the context provider
 * `defineReactApp` wraps the app in (what `useShellContext()` reads), found from the app's
 * rendered button up through React's fibers. Through it the test calls `getAccessToken` as the app's own code would.
 */
async function appAccessToken(page: Page): Promise<string> {
  return appButton(page)
    .first()
    .evaluate(async (button) => {
      interface Context {
        getAccessToken?: () => Promise<string>;
      }
      interface Fiber {
        return: Fiber | null;
        // The provider's value: the app's state, `{ context, locale }`.
        memoizedProps?: { value?: { context?: Context } | null } | null;
      }
      const key = Object.keys(button).find((k) => k.startsWith('__reactFiber$'));
      let fiber = key ? ((button as unknown as Record<string, Fiber>)[key] ?? null) : null;
      while (fiber) {
        const context = fiber.memoizedProps?.value?.context;
        if (typeof context?.getAccessToken === 'function') return context.getAccessToken();
        fiber = fiber.return;
      }
      throw new Error('no DigiOne context above the app’s button');
    });
}

test.describe('a React app made by npm create @digione/app', () => {
  let project: string | undefined;
  let released: Released;
  let stack: Stack | undefined;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // Inside the repository, so the project resolves @digione/sdk, React and Vite from the
    // workspace's node_modules, as an installed project resolves its own.
    const cache = join(repo, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    project = join(mkdtempSync(join(cache, 'digione-vendor-react-')), ID);
    vendorCommand(repo, ['packages/create-app/src/cli.mjs', project, '--kind', 'react', '--yes']);
    const digione = join(repo, 'sdk', 'cli', 'digione.mjs');
    vendorCommand(project, [digione, 'build']);
    // Served beside the portal, on the origin the tests' app host gives it (stack.ts).
    vendorCommand(project, [digione, 'release', '--entry-url', `/apps/${ID}/index.js`]);
    released = JSON.parse(readFileSync(join(project, 'dist', 'manifest.json'), 'utf8')) as Released;
    stack = await startStack({
      audiences: [released.api.audience],
      registry: [released],
      apps: { [ID]: join(project, 'dist') },
    });
  });

  test.afterAll(async () => {
    await stack?.stop();
    if (project) rmSync(join(project, '..'), { recursive: true, force: true });
  });

  test('renders in the portal with its token and follows the language', async ({ page }) => {
    const portal = stack;
    if (!portal) throw new Error('the portal did not start');
    expect(released.integrity, 'the release pins the entry').toMatch(/^sha384-/);
    const pkg = JSON.parse(readFileSync(join(project ?? '', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(released.version, 'the release names package.json’s version').toBe(pkg.version);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await openSignedIn(page, portal.portal.origin, 'pupil', released.routes[0]);
    // The app's area is the shell's light DOM, slotted into its main region.
    await expect(page.getByText('Hei, Aino!')).toBeVisible();
    await expect(appButton(page)).toHaveText('Tervehdi');

    // A token for the app's own audience, from the app's own context; its API accepts it.
    const token = await appAccessToken(page);
    expect(jwtClaims(token).aud).toBe(released.api.audience);
    const api = portal.apis.get(released.api.audience);
    const me = await fetch(`${api?.url ?? ''}/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { aud: string }).aud).toBe(released.api.audience);

    await page.locator('d1-language-picker').click();
    await page.getByRole('menuitemradio', { name: 'svenska' }).click();
    await expect(appButton(page)).toHaveText('Hälsa');
    await expect(page.getByText('Hej, Aino!')).toBeVisible();
    expect(errors).toEqual([]);
  });
});
