/**
 * A vendor's app as `npm create @digione/app` makes it, built and released as its vendor does
 * (`digione build`, `digione release`), for the specs that run it in a portal; and what those specs
 * ask of the template's React app on the page.
 *
 * The project is made from the template in this repository by the create command itself, inside
 * the repository (under node_modules/.cache), so it resolves @digione/sdk, React and Vite from the
 * workspace's node_modules as an installed project resolves its own: no install. The vendor path
 * (test/vendor-path) installs the packed packages instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { jwtClaims } from '@digione/dev-idp/testing';

const repo = join(import.meta.dirname, '..', '..', '..');

/** What `digione release` writes into dist/manifest.json, as far as the specs read it. */
export interface Released {
  id: string;
  entry: string;
  integrity?: string;
  version?: string;
  routes: string[];
  roles: string[];
  api: { audience: string };
}

export interface VendorProject {
  /** The project's folder (its name is the app's id). */
  readonly folder: string;
  /** Its built folder, `dist/`, with the released manifest. */
  readonly dist: string;
  readonly released: Released;
  /** The version in the project's package.json. */
  readonly version: string;
  remove(): void;
}

/** Runs a command of the vendor's path in `cwd`; its output is the failure's message. */
export function vendorCommand(cwd: string, argv: string[]): void {
  const ran = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8', timeout: 180_000 });
  if (ran.status !== 0) {
    throw new Error(
      `${argv.join(' ')} exited with ${String(ran.status)}:\n${ran.stdout}${ran.stderr}`,
    );
  }
}

/**
 * Makes app `id` of `kind` with the create command, builds it and releases it with its entry at
 * `entryUrl` (`npm run build`, `npm run release -- --entry-url <entryUrl>`).
 */
export function makeVendorProject(
  kind: 'lit' | 'react' | 'iframe',
  id: string,
  entryUrl: string,
): VendorProject {
  const cache = join(repo, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const parent = mkdtempSync(join(cache, `digione-vendor-${kind}-`));
  const folder = join(parent, id);
  const remove = (): void => {
    rmSync(parent, { recursive: true, force: true });
  };
  try {
    vendorCommand(repo, ['packages/create-app/src/cli.mjs', folder, '--kind', kind, '--yes']);
    const digione = join(repo, 'sdk', 'cli', 'digione.mjs');
    vendorCommand(folder, [digione, 'build']);
    vendorCommand(folder, [digione, 'release', '--entry-url', entryUrl]);
  } catch (error) {
    remove();
    throw error;
  }
  const dist = join(folder, 'dist');
  const released = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Released;
  const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { folder, dist, released, version, remove };
}

/** The template React app's greeting button, in any language (the portal's own say none of these). */
export function appButton(page: Page) {
  return page.locator('d1-button', { hasText: /^\s*(Tervehdi|Hälsa|Say hello)\s*$/ });
}

/**
 * A token from the template React app's own context: found in the value of the context provider
 * `defineReactApp` wraps the app in (what `useShellContext()` reads), from the app's rendered
 * button up through React's fibers, and asked for as the app's own code would
 * (`context.getAccessToken()`).
 */
export async function appAccessToken(page: Page): Promise<string> {
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

/**
 * What the template React app does in a portal, checked: its own context gives it a token for its
 * manifest's audience, which `apiUrl`'s stand-in API (`GET /me`) accepts; a switch to svenska
 * reaches it at once; and the page logged no error (`errors`, gathered by the caller).
 */
export async function expectTokenAndLanguage(
  page: Page,
  released: Released,
  apiUrl: string,
  errors: readonly string[],
): Promise<void> {
  const token = await appAccessToken(page);
  expect(jwtClaims(token).aud).toBe(released.api.audience);
  const me = await fetch(`${apiUrl}/me`, { headers: { authorization: `Bearer ${token}` } });
  expect(me.status).toBe(200);
  expect(((await me.json()) as { aud: string }).aud).toBe(released.api.audience);

  await page.locator('d1-language-picker').click();
  await page.getByRole('menuitemradio', { name: 'svenska' }).click();
  await expect(appButton(page)).toHaveText('Hälsa');
  await expect(page.getByText('Hej, Aino!')).toBeVisible();
  expect(errors).toEqual([]);
}
