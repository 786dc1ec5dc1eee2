/**
 * Themes end to end: the portal follows the device (dark mode) until a person chooses a theme in
 * the user menu; the choice reaches the frame and every mounted app at once (a module app and the
 * absences app in its iframe), is remembered for that person on the device across a reload and a
 * new sign-in, and leaves the next person on the device with the device's theme. The front page
 * and the app pages stay axe-clean, contrast included, in dark and in high contrast.
 */
import { test, expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { axe } from './support/axe.js';
import { startStack, type Stack } from './support/stack.js';
import { openSignedIn } from './support/sign-in.js';
import { fixtureFolders, fixtureManifest } from './fixtures/apps/manifests.js';

type Theme = 'light' | 'dark' | 'high-contrast';

/** The theme choices of the user menu, by their Finnish names. */
const CHOICE: Readonly<Record<Theme | 'system', string>> = {
  system: 'Laitteen mukaan',
  light: 'Vaalea',
  dark: 'Tumma',
  'high-contrast': 'Suuri kontrasti',
};

function html(page: Page): Locator {
  return page.locator('html');
}

/** The well-behaved fixture app's area: it shows the theme its context gives it. */
function moduleApp(page: Page): Locator {
  return page.locator('d1-shell > section.d1-app-area[data-d1-app="good"] [data-theme]');
}

/** The absences app, in its iframe. */
function absences(page: Page): FrameLocator {
  return page
    .locator('d1-shell > section.d1-app-area[data-d1-app="absences"]')
    .frameLocator('iframe');
}

/** The portal, each of its apps and its frame all wear `theme`. */
async function wears(
  page: Page,
  theme: Theme,
  where: 'module' | 'iframe' | 'frame',
): Promise<void> {
  await expect(html(page)).toHaveAttribute('data-d1-theme', theme);
  if (where === 'module') await expect(moduleApp(page)).toHaveAttribute('data-theme', theme);
  if (where === 'iframe') {
    await expect(absences(page).locator('html')).toHaveAttribute('data-d1-theme', theme);
  }
}

/** Waits until the colours' transitions have ended in every frame and shadow root (axe reads colours). */
async function settled(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    await frame.evaluate(async () => {
      const wait = async (root: Document | ShadowRoot): Promise<void> => {
        const shadows = [...root.querySelectorAll('*')].flatMap((el) => el.shadowRoot ?? []);
        await Promise.all([
          // A transition cut short (a newer one, or its element gone) ends too: it rejects.
          ...root.getAnimations().map((animation) => animation.finished.catch(() => undefined)),
          ...shadows.map(wait),
        ]);
      };
      await wait(document);
    });
  }
}

/** Opens the user menu from the keyboard and chooses `theme` with the arrow keys and Enter. */
async function chooseByKeyboard(page: Page, theme: Theme | 'system'): Promise<void> {
  const trigger = page.locator('d1-user-menu').getByRole('button').first();
  await trigger.focus();
  await page.keyboard.press('Enter');
  const item = page.getByRole('menuitemradio', { name: CHOICE[theme] });
  await expect(item).toBeVisible();
  for (let i = 0; i < 12; i++) {
    const focused = await item.evaluate((el) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active !== null && (el === active || el.contains(active));
    });
    if (focused) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Chooses `theme` in the user menu with the mouse. */
async function choose(page: Page, theme: Theme | 'system'): Promise<void> {
  await page.locator('d1-user-menu').click();
  await page.getByRole('menuitemradio', { name: CHOICE[theme] }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.locator('d1-user-menu').click();
  await page.getByRole('menuitem', { name: 'Kirjaudu ulos' }).click();
  // The provider asks to confirm (RP-initiated logout), then returns to the portal.
  await page.locator('form button[type="submit"]').first().click();
  await expect(page.locator('d1-shell-auth-screen h1')).toHaveText('Olet kirjautunut ulos');
}

/** The guardian's pages: the front page, then each app (its path, and what shows it is ready). */
const PAGES: readonly { readonly path: string; readonly ready: (page: Page) => Locator }[] = [
  { path: '/', ready: (page) => page.locator('d1-shell main h1') },
  { path: '/hyva', ready: (page) => moduleApp(page) },
  {
    path: '/lukujarjestys',
    ready: (page) =>
      page
        .locator('section.d1-app-area[data-d1-app="timetable"]')
        .getByRole('heading', { name: 'maanantai', exact: false })
        .first(),
  },
  {
    path: '/ruokalista',
    ready: (page) =>
      page.locator('section.d1-app-area[data-d1-app="lunch"]').getByText('Pääruoka').first(),
  },
  {
    path: '/viestit',
    ready: (page) =>
      page
        .locator('section.d1-app-area[data-d1-app="messages"]')
        .getByRole('heading', { name: 'Viestiketjut' }),
  },
  {
    path: '/poissaolot',
    ready: (page) => absences(page).getByRole('heading', { name: 'Ilmoita poissaolo' }),
  },
];

test.describe('themes', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    stack = await startStack({
      exampleApps: true,
      registry: [fixtureManifest('good')],
      apps: fixtureFolders(['good']),
    });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  test.describe('with the device in dark mode', () => {
    test.use({ colorScheme: 'dark' });

    test('the portal is dark before and after sign-in, and so are its apps', async ({ page }) => {
      await page.goto(`${stack.portal.origin}/signed-out`);
      await expect(page.locator('d1-shell-auth-screen h1')).toHaveText('Olet kirjautunut ulos');
      await wears(page, 'dark', 'frame');
      await axe(page, 'signed out, dark');

      await openSignedIn(page, stack.portal.origin, 'guardian', '/hyva');
      await wears(page, 'dark', 'module');
      await page.locator('d1-shell-nav').getByRole('link', { name: 'Poissaolot' }).click();
      await expect(
        absences(page).getByRole('heading', { name: 'Ilmoita poissaolo' }),
      ).toBeVisible();
      await wears(page, 'dark', 'iframe');
    });
  });

  test('a chosen theme applies at once, stays with the person, and only with them', async ({
    page,
  }) => {
    await openSignedIn(page, stack.portal.origin, 'guardian', '/hyva');
    await wears(page, 'light', 'module');

    // High contrast, by keyboard: the frame and the module app switch at once.
    await chooseByKeyboard(page, 'high-contrast');
    await wears(page, 'high-contrast', 'module');
    await expect(page.getByRole('menuitemradio', { name: CHOICE['high-contrast'] })).toBeHidden();

    // The app in its iframe gets it too, and follows the next choice at once.
    await page.locator('d1-shell-nav').getByRole('link', { name: 'Poissaolot' }).click();
    await wears(page, 'high-contrast', 'iframe');
    await choose(page, 'dark');
    await wears(page, 'dark', 'iframe');
    await chooseByKeyboard(page, 'high-contrast');
    await wears(page, 'high-contrast', 'iframe');

    // A reload keeps it.
    await page.reload();
    await expect(absences(page).getByRole('heading', { name: 'Ilmoita poissaolo' })).toBeVisible();
    await wears(page, 'high-contrast', 'iframe');

    // Signed out, the device's theme; signed in again, the person's own.
    await signOut(page);
    await wears(page, 'light', 'frame');
    await openSignedIn(page, stack.portal.origin, 'guardian', '/hyva');
    await wears(page, 'high-contrast', 'module');

    // Another person on the same device follows the device, dark mode and all.
    await signOut(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await wears(page, 'dark', 'frame');
    await openSignedIn(page, stack.portal.origin, 'teacher', '/hyva');
    await wears(page, 'dark', 'module');
    await page.emulateMedia({ colorScheme: 'light' });
    await wears(page, 'light', 'module');
  });

  for (const theme of ['dark', 'high-contrast'] as const) {
    test(`in ${theme}, the front page and every app page are axe-clean`, async ({ page }) => {
      await openSignedIn(page, stack.portal.origin, 'guardian');
      await choose(page, theme);
      await wears(page, theme, 'frame');
      for (const { path, ready } of PAGES) {
        await page.evaluate((to) => {
          history.pushState(null, '', to);
        }, path);
        await expect(ready(page)).toBeVisible();
        await expect(html(page)).toHaveAttribute('data-d1-theme', theme);
        await settled(page);
        await axe(page, `${theme}: ${path}`);
      }
    });
  }
});
