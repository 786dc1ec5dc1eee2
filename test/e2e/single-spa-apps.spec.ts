/**
 * Apps from the single-spa ecosystem run in the portal as they are: a Vue 3 app made with
 * single-spa-vue and a React app made with single-spa-react, each exporting bootstrap, mount and
 * unmount by name and registered by nothing but its manifest. In the production build on nginx, a
 * pupil signs in, opens each, sees it greet her from the portal's context, switches the language
 * (the app follows), and leaves it: the app unmounts, and what it rendered is gone.
 */
import { test, expect, type Page } from '@playwright/test';
import { signInTo } from './fixtures/apps/session.js';
import { nav } from './support/shell-apps.js';
import { SINGLE_SPA_APPS, appRoot, singleSpaFolders } from './support/single-spa-apps.js';
import { startStack, type Stack } from './support/stack.js';

/** Switches the portal's language from the header: 0 suomi, 1 svenska, 2 English. */
async function chooseLanguage(page: Page, index: number): Promise<void> {
  await page.locator('d1-language-picker').click();
  await page.getByRole('menuitemradio').nth(index).click();
}

test.describe('apps made with single-spa-vue and single-spa-react', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    stack = await startStack({
      registry: SINGLE_SPA_APPS.map((app) => app.manifest),
      apps: singleSpaFolders(),
    });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  for (const { manifest, title, greeting } of SINGLE_SPA_APPS) {
    test(`${manifest.id}: mounted with the portal's context, follows its language, and goes at unmount`, async ({
      page,
    }) => {
      const failures: string[] = [];
      page.on('pageerror', (error) => failures.push(error.message));
      await signInTo(page, stack.portal.origin, 'pupil');
      await nav(page).getByRole('link', { name: title.fi }).click();
      await expect(page).toHaveURL(`${stack.portal.origin}${manifest.routes[0] ?? ''}`);

      // Rendered in the element the portal gave it, greeting the person signed in.
      const root = appRoot(page, manifest.id);
      await expect(root.locator('h2')).toHaveText(title.fi);
      await expect(root.locator('p')).toHaveText(greeting('fi', 'Aino'));

      // The portal's language reaches it, without a remount.
      const rendered = await root.locator('section').elementHandle();
      await chooseLanguage(page, 1);
      await expect(root.locator('section')).toHaveAttribute('lang', 'sv');
      await expect(root.locator('h2')).toHaveText(title.sv);
      await expect(root.locator('p')).toHaveText(greeting('sv', 'Aino'));
      await chooseLanguage(page, 2);
      await expect(root.locator('h2')).toHaveText(title.en);
      await expect(root.locator('p')).toHaveText(greeting('en', 'Aino'));
      expect(await rendered.evaluate((section) => section.isConnected)).toBe(true);

      // Leaving it unmounts it: the app emptied its element itself before the portal removed it.
      const element = await root.elementHandle();
      await nav(page).getByRole('link', { name: 'Home' }).click();
      await expect(page.locator('d1-shell-home h1')).toHaveText('Hello, Aino!');
      await expect(root).toHaveCount(0);
      await expect(page.getByText(greeting('en', 'Aino'))).toHaveCount(0);
      expect(
        await element.evaluate((el) => ({
          inPage: el.isConnected,
          children: el.childNodes.length,
        })),
      ).toEqual({ inPage: false, children: 0 });

      // And it mounts again when she comes back, in the language of the moment.
      await nav(page).getByRole('link', { name: title.en }).click();
      await expect(root.locator('p')).toHaveText(greeting('en', 'Aino'));
      expect(failures).toEqual([]);
    });
  }
});
