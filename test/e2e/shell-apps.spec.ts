/**
 * The portal's frame around its apps, end to end: the registry and role filtering (a person never
 * downloads an app their role does not allow), routing without reloads, the home page's tiles and
 * widgets, the navigation, the shell's services to apps (toasts, confirmation, titles), the
 * unsaved-changes guard, focus and announcements on route changes, language, the tenant's brand,
 * a 360 px phone, performance measures, and an operator's diagnostics page. Iframe apps:
 * shell-iframe-apps.spec.ts.
 */
import { test, expect } from '@playwright/test';
import { brandedProviders, startStack, type Stack } from './support/stack.js';
import { signInTo } from './fixtures/apps/session.js';
import { fixtureFolders } from './fixtures/apps/manifests.js';
import { area, IDS, nav, openGood, registry, requests } from './support/shell-apps.js';

test.describe('the portal around its apps', () => {
  let stack: Stack;
  let currentRegistry: () => unknown = registry;
  test.beforeAll(async () => {
    stack = await startStack({
      registry: () => currentRegistry(),
      apps: fixtureFolders(IDS),
      providers: brandedProviders(IDS),
    });
  });
  test.afterAll(async () => {
    await stack.stop();
  });
  test.afterEach(async () => {
    currentRegistry = registry;
    await stack.deploy();
  });

  test('a pupil gets the apps for pupils: tiles, navigation, switcher and widgets', async ({
    page,
  }) => {
    const urls = requests(page);
    await signInTo(page, stack.portal.origin, 'pupil');
    const tiles = page.locator('d1-shell-home .tiles d1-card');
    await expect(tiles).toHaveText([/Hyvä sovellus/, /Liittämisvirhe/]);
    await expect(nav(page).getByRole('link')).toHaveText([
      'Etusivu',
      'Hyvä sovellus',
      'Liittämisvirhe',
    ]);
    await expect(nav(page).getByRole('link', { name: 'Etusivu' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // The widget its app contributes, mounted as a parcel with that app's context.
    await expect(page.locator('d1-shell-home fixture-next-lesson')).toHaveText(
      'Seuraava tunti: matematiikka',
    );
    await page.locator('d1-app-switcher').click();
    await expect(page.locator('d1-app-switcher').getByRole('link')).toHaveCount(2);
    await page.keyboard.press('Escape');
    // Nothing of the teachers' app was downloaded, not even to show its tile.
    expect(urls.filter((url) => url.includes('/apps/staff-room/'))).toEqual([]);
    // The brand of the pupil's school's provider, from the configuration: name, logo, accent.
    await expect(page.locator('d1-shell header .brand')).toHaveText('Vantaan kaupunki');
    await expect(page.locator('d1-shell header .brand img')).toHaveAttribute('alt', '');
    expect(
      await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--d1-color-accent').trim(),
      ),
    ).toBe('#b0153b');
  });

  test('a deep link to an app the role does not allow shows "no access", and loads nothing', async ({
    page,
  }) => {
    const urls = requests(page);
    await signInTo(page, stack.portal.origin, 'pupil', '/opettajainhuone/viikko');
    await expect(page.locator('d1-shell-no-access h1')).toHaveText('Ei käyttöoikeutta');
    await expect(page.locator('d1-shell-no-access [data-testid="service"]')).toHaveText(
      'Opettajainhuone',
    );
    expect(urls.filter((url) => url.includes('/apps/staff-room/'))).toEqual([]);
    await expect(page).toHaveTitle('Ei käyttöoikeutta – DigiOne');
  });

  test('an unknown address shows "not found"; a teacher gets the teachers\' app', async ({
    page,
  }) => {
    await signInTo(page, stack.portal.origin, 'teacher', '/ei-ole');
    await expect(page.locator('d1-shell-not-found h1')).toHaveText('Sivua ei löytynyt');
    await expect(page.locator('d1-shell-not-found [data-testid="path"]')).toHaveText('/ei-ole');
    await nav(page).getByRole('link', { name: 'Opettajainhuone' }).click();
    await expect(area(page, 'staff-room').getByTestId('fixture-greeting')).toHaveText(
      'Hei, Mikko!',
    );
    // Pupils' app is not his.
    await expect(nav(page).getByRole('link', { name: 'Liittämisvirhe' })).toHaveCount(0);
  });

  test('links route without a reload; focus, title and the live region follow the route', async ({
    page,
  }) => {
    await signInTo(page, stack.portal.origin, 'pupil');
    await page.evaluate(() => {
      (window as { stayed?: boolean }).stayed = true;
    });
    await page.locator('d1-shell-home d1-card', { hasText: 'Hyvä sovellus' }).click();
    await expect(area(page, 'good').getByTestId('fixture-greeting')).toHaveText('Hei, Aino!');
    expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
    await expect(page).toHaveURL(`${stack.portal.origin}/hyva`);
    await expect(area(page, 'good').locator('d1-shell-app-status h1')).toBeFocused();
    await expect(page.locator('d1-shell .announcer')).toHaveText('Hyvä sovellus');
    await expect(page).toHaveTitle('Hyvä sovellus – DigiOne');
    await expect(nav(page).locator('a[aria-current="page"]')).toHaveText('Hyvä sovellus');

    // The app's own title goes first.
    await area(page, 'good').getByRole('button', { name: 'Aseta otsikko' }).click();
    await expect(page).toHaveTitle('Viikko 47 – Hyvä sovellus – DigiOne');

    // A link inside the app stays inside it, without a reload.
    await area(page, 'good').getByRole('link', { name: 'Lisätiedot' }).click();
    await expect(page).toHaveURL(`${stack.portal.origin}/hyva/details`);
    // The app hears of its new address through the SDK's `shell:navigated`.
    await expect(area(page, 'good').locator('[data-navigated]')).toHaveAttribute(
      'data-navigated',
      '/hyva/details',
    );
    await expect(nav(page).locator('a[aria-current="page"]')).toHaveText('Hyvä sovellus');

    // The footer's pages are the portal's own.
    await page.getByRole('link', { name: 'Saavutettavuusseloste' }).click();
    await expect(page.locator('d1-shell-accessibility-statement h1')).toBeFocused();
    await expect(page).toHaveTitle('Saavutettavuusseloste – DigiOne');
    await page.goBack();
    await expect(area(page, 'good').getByTestId('fixture-greeting')).toBeVisible();
    expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
  });

  test('switching language re-renders the shell and the mounted app at once', async ({ page }) => {
    await signInTo(page, stack.portal.origin, 'pupil', '/hyva');
    await expect(area(page, 'good').locator('[data-d1-app-root] h1')).toHaveText('Hyvä sovellus');
    await page.locator('d1-language-picker').click();
    await page.getByRole('menuitemradio').nth(1).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(area(page, 'good').locator('[data-d1-app-root] h1')).toHaveText('Bra app');
    await expect(nav(page).getByRole('link', { name: 'Startsida' })).toBeVisible();
    await expect(page).toHaveTitle('Bra app – DigiOne');
    await page.reload();
    // Remembered.
    await expect(area(page, 'good').locator('[data-d1-app-root] h1')).toHaveText('Bra app');
  });

  test("the shell's services: a toast, and a confirmation the shell draws", async ({ page }) => {
    await signInTo(page, stack.portal.origin, 'pupil', '/hyva');
    const app = area(page, 'good');
    await app.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await expect(page.locator('d1-toast-stack')).toContainText('Ilmoitus sovelluksesta');
    await app.getByRole('button', { name: 'Kysy vahvistus' }).click();
    await expect(page.getByRole('dialog', { name: 'Jatketaanko?' })).toBeVisible();
    const dialog = page.locator('d1-shell-confirm');
    await dialog.getByRole('button', { name: 'Jatka' }).click();
    await expect(app.getByTestId('fixture-answer')).toHaveText('Vastaus: kyllä');
    await app.getByRole('button', { name: 'Kysy vahvistus' }).click();
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await expect(app.getByTestId('fixture-answer')).toHaveText('Vastaus: ei');
  });

  test('unsaved changes: leaving the app asks first, by link, back button and sign-out', async ({
    page,
  }) => {
    await signInTo(page, stack.portal.origin, 'pupil');
    await openGood(page);
    const app = area(page, 'good');
    await app.getByRole('button', { name: 'Tee muutos' }).click();
    const asking = page.getByRole('dialog', { name: 'Poistutaanko tallentamatta?' });
    const question = page.locator('d1-shell-confirm');

    // A link of the frame: stay.
    await nav(page).getByRole('link', { name: 'Etusivu' }).click();
    await expect(asking).toBeVisible();
    await question.getByRole('button', { name: 'Jää palveluun' }).click();
    await expect(page).toHaveURL(`${stack.portal.origin}/hyva`);
    await expect(app.getByTestId('fixture-greeting')).toBeVisible();

    // The browser's back button: stay (single-spa cancels the navigation).
    await page.goBack();
    await expect(asking).toBeVisible();
    await question.getByRole('button', { name: 'Jää palveluun' }).click();
    await expect(page).toHaveURL(`${stack.portal.origin}/hyva`);
    await expect(app.getByTestId('fixture-greeting')).toBeVisible();

    // Signing out: stay, and still signed in.
    await page.locator('d1-user-menu').click();
    await page.getByRole('menuitem', { name: 'Kirjaudu ulos' }).click();
    await expect(asking).toBeVisible();
    await question.getByRole('button', { name: 'Jää palveluun' }).click();
    await expect(page.locator('d1-user-menu')).toBeVisible();

    // The app switcher: leave; the changes are gone, so the person is not asked again.
    await page.locator('d1-app-switcher').click();
    await page
      .locator('d1-app-switcher')
      .getByRole('link', { name: /Liittämisvirhe/ })
      .click();
    await question.getByRole('button', { name: 'Poistu tallentamatta' }).click();
    await expect(page).toHaveURL(`${stack.portal.origin}/liittamisvirhe`);
    await nav(page).getByRole('link', { name: 'Etusivu' }).click();
    await expect(page.locator('d1-shell-home h1')).toHaveText('Hei, Aino!');
    await expect(asking).toBeHidden();
  });

  test('unsaved changes: switching school asks first, and staying keeps the school', async ({
    page,
  }) => {
    await signInTo(page, stack.portal.origin, 'teacher');
    await openGood(page);
    await area(page, 'good').getByRole('button', { name: 'Tee muutos' }).click();
    // The acting-as choices (the menu's theme choices are radio items too).
    const schools = page.getByRole('group', { name: 'Toimit roolissa' }).getByRole('menuitemradio');
    await page.locator('d1-user-menu').click();
    const first = (await schools.nth(0).innerText()).split('\n')[0] ?? '';
    await schools.nth(1).click();
    const question = page.locator('d1-shell-confirm');
    await expect(page.getByRole('dialog', { name: 'Poistutaanko tallentamatta?' })).toBeVisible();
    await question.getByRole('button', { name: 'Jää palveluun' }).click();
    await page.locator('d1-user-menu').click();
    await expect(schools.and(page.getByRole('menuitemradio', { checked: true }))).toContainText(
      first,
    );
    // Now leave the changes: the other school is taken.
    await schools.nth(1).click();
    await question.getByRole('button', { name: 'Poistu tallentamatta' }).click();
    await page.locator('d1-user-menu').click();
    await expect(schools.and(page.getByRole('menuitemradio', { checked: true }))).not.toContainText(
      first,
    );
  });

  test('closing the tab with unsaved changes makes the browser ask', async ({ page }) => {
    await signInTo(page, stack.portal.origin, 'pupil', '/hyva');
    await area(page, 'good').getByRole('button', { name: 'Tee muutos' }).click();
    const asked = new Promise<string>((resolve) => {
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      });
    });
    const closed = new Promise((resolve) => page.once('close', resolve));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    await closed;
  });

  test('a registry that cannot be used: an error with a retry, and the rest works', async ({
    page,
  }) => {
    currentRegistry = () => ({ apps: 'not a list' });
    await stack.deploy();
    await signInTo(page, stack.portal.origin, 'pupil');
    const panel = page.locator('d1-shell-home d1-error-panel');
    await expect(panel).toContainText('Palveluluetteloa ei voitu hakea');
    await page.locator('d1-language-picker').click();
    await page.getByRole('menuitemradio').nth(2).click();
    await expect(panel).toContainText('The list of services could not be fetched');
    currentRegistry = registry;
    await stack.deploy();
    await panel.getByRole('button').last().click();
    await expect(page.locator('d1-shell-home .tiles d1-card')).toHaveCount(2);
  });

  test('an operator sees skipped manifests on the diagnostics page; others may not', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await signInTo(page, stack.portal.origin, 'admin', '/diagnostiikka');
    await expect(page.locator('d1-shell-diagnostics')).toContainText('broken-entry');
    await expect(page.locator('d1-shell-diagnostics')).toContainText('roles[0]');
    expect(
      errors.filter((e) => e.includes('"broken-entry"') && e.includes('roles[0]')),
    ).toHaveLength(1);
    await expect(nav(page).getByRole('link', { name: 'Diagnostiikka' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await page.context().clearCookies();
    const pupil = await page.context().newPage();
    await signInTo(pupil, stack.portal.origin, 'pupil', '/diagnostiikka');
    await expect(pupil.locator('d1-shell-no-access h1')).toHaveText('Ei käyttöoikeutta');
  });

  test('boot and each step of an app are measured for DevTools and the benchmark', async ({
    page,
  }) => {
    await signInTo(page, stack.portal.origin, 'pupil', '/hyva');
    await expect(area(page, 'good').getByTestId('fixture-greeting')).toBeVisible();
    const names = await page.evaluate(() =>
      performance.getEntriesByType('measure').map((entry) => entry.name),
    );
    for (const name of [
      'digione:shell:boot',
      'digione:app:good:load',
      'digione:app:good:bootstrap',
      'digione:app:good:mount',
    ]) {
      expect(names).toContain(name);
    }
  });
});

test.describe('on a 360 px phone', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    stack = await startStack({ registry, apps: fixtureFolders(IDS) });
  });
  test.afterAll(async () => {
    await stack.stop();
  });
  test.use({ viewport: { width: 360, height: 740 } });

  test('the navigation folds behind a button, and nothing scrolls sideways', async ({ page }) => {
    await signInTo(page, stack.portal.origin, 'pupil');
    const toggle = nav(page).getByRole('button', { name: 'Valikko' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(nav(page).getByRole('link', { name: 'Hyvä sovellus' })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await nav(page).getByRole('link', { name: 'Hyvä sovellus' }).click();
    await expect(area(page, 'good').getByTestId('fixture-greeting')).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
