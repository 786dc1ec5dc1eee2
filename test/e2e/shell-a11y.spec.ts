/**
 * The portal's frame meets WCAG 2.1 A and AA (axe) in Finnish, Swedish and English: the home page,
 * a page with an app, an app that failed, "no access" and "not found".
 */
import { test, expect, type Page } from '@playwright/test';
import { axe } from './support/axe.js';
import { startStack, type Stack } from './support/stack.js';
import { signInTo } from './fixtures/apps/session.js';
import { fixtureFolders, fixtureManifest } from './fixtures/apps/manifests.js';

/** Routes inside the portal, as a link would (no reload). */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
  }, path);
}

const LOCALES = [
  { locale: 'fi', index: 0, home: 'Hei, Aino!', app: 'Hyvä sovellus' },
  { locale: 'sv', index: 1, home: 'Hej, Aino!', app: 'Bra app' },
  { locale: 'en', index: 2, home: 'Hello, Aino!', app: 'Good app' },
] as const;

test.describe('accessibility of the frame', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    stack = await startStack({
      registry: [
        fixtureManifest('good'),
        fixtureManifest('throws-in-mount'),
        fixtureManifest('staff-room', { roles: ['teacher'] }),
      ],
      apps: fixtureFolders(['good', 'throws-in-mount', 'staff-room']),
    });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  for (const { locale, index, home, app } of LOCALES) {
    test(`in ${locale}: home, an app, a failed app, no access and not found`, async ({ page }) => {
      await signInTo(page, stack.portal.origin, 'pupil');
      await page.locator('d1-language-picker').click();
      await page.getByRole('menuitemradio').nth(index).click();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);

      await expect(page.locator('d1-shell-home h1')).toHaveText(home);
      await expect(page.locator('d1-shell-home fixture-next-lesson')).not.toBeEmpty();
      await axe(page, 'home');

      await go(page, '/hyva');
      await expect(page.locator('[data-d1-app-root="good"] h1')).toHaveText(app);
      await axe(page, 'an app');

      await go(page, '/liittamisvirhe');
      await expect(
        page.locator('section.d1-app-area[data-d1-app="throws-in-mount"] d1-error-panel'),
      ).toBeVisible();
      await axe(page, 'a failed app');

      await go(page, '/opettajainhuone');
      await expect(page.locator('d1-shell-no-access h1')).toBeVisible();
      await axe(page, 'no access');

      await go(page, '/ei-ole');
      await expect(page.locator('d1-shell-not-found h1')).toBeVisible();
      await axe(page, 'not found');
    });
  }

  test('the skip link leads to the start of the main area, in the document a browser follows it in', async ({
    page,
  }) => {
    await signInTo(page, stack.portal.origin, 'pupil');
    await go(page, '/hyva');
    await expect(page.locator('[data-d1-app-root="good"] h1')).toBeVisible();
    const link = page.getByRole('link', { name: 'Siirry pääsisältöön' });
    const fragment = (await link.getAttribute('href')) ?? '';
    expect(fragment).toMatch(/^#./);
    // The browser looks the fragment up in the document, not in the shell's shadow root.
    const target = await page.evaluate((id) => {
      const el = document.getElementById(id);
      return (
        el && {
          within: el.assignedSlot?.parentElement?.localName,
          first: el.assignedSlot?.previousElementSibling === null,
        }
      );
    }, fragment.slice(1));
    expect(target).toEqual({ within: 'main', first: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('d1-shell main')).toBeFocused();
  });

  test('by keyboard: skip link, the navigation, and focus on the app after following a link', async ({
    page,
  }) => {
    await signInTo(page, stack.portal.origin, 'pupil');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Siirry pääsisältöön' })).toBeFocused();
    const link = page.locator('d1-shell-nav').getByRole('link', { name: 'Hyvä sovellus' });
    for (let i = 0; i < 10 && !(await link.evaluate((el) => el.matches(':focus'))); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    // Focus is on the page's heading, the app's name, as on the portal's own pages.
    const heading = page.locator('section.d1-app-area[data-d1-app="good"] d1-shell-app-status h1');
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText('Hyvä sovellus');
    await expect(page.locator('[data-d1-app-root="good"] h1')).toHaveText('Hyvä sovellus');
    // Onwards into the app.
    await page.keyboard.press('Tab');
    await expect(
      page.locator('section.d1-app-area[data-d1-app="good"] button').first(),
    ).toBeFocused();
  });
});
