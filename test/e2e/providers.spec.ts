/**
 * Which apps an education provider has, end to end: the guardian with a child in Vantaa and a
 * child in Espoo sees Vantaa's apps for Aino (Vantaa's settings inline in /config.json) and
 * Espoo's for Eetu (Espoo's own file, served from a CDN of its own origin and fetched only once a
 * person acts in an Espoo school); switching children switches the navigation, the app switcher,
 * the home page's tiles and widgets together. An app not in use where the person acts is never
 * downloaded, and its deep link shows "not available here" (axe-clean), which offers the child
 * where it is in use; a role refusal stays "no access". A provider file that cannot be had shows
 * the services' error with a retry while the portal runs.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { axe } from './support/axe.js';
import { startCdn, type RunningCdn } from './support/cdn.js';
import { openSignedIn } from './support/sign-in.js';
import { startStack, type Stack } from './support/stack.js';

const VANTAA = '0124610-9';
const ESPOO = '0101263-6';
const ESPOO_PATH = `/providers/${ESPOO}.json`;
/** Espoo has the lunch menu, which Vantaa has not procured; it has no messages. */
const ESPOO_FILE = {
  name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
  apps: ['timetable', 'lunch', 'absences'],
};

function nav(page: Page): Locator {
  return page.locator('d1-shell-nav');
}

/** The app links of the navigation, sorted (the home link left out). */
async function appLinks(page: Page): Promise<string[]> {
  const labels = await nav(page).getByRole('link').allInnerTexts();
  return labels
    .map((label) => label.split('\n')[0]?.trim() ?? '')
    .filter((label) => label !== 'Etusivu')
    .sort();
}

/** The ids of the app switcher's apps, sorted. */
function switcherApps(page: Page): Promise<string[]> {
  return page
    .locator('d1-app-switcher')
    .evaluate((el) => (el as HTMLElement & { apps: { id: string }[] }).apps.map((a) => a.id))
    .then((ids) => ids.sort());
}

/** The names of the home page's app tiles (the apps' names, not their links' labels), sorted. */
async function tiles(page: Page): Promise<string[]> {
  const names = await page.locator('d1-shell-home d1-card [slot="heading"]').allInnerTexts();
  return names.map((name) => name.trim()).sort();
}

/** Chooses a child in the user menu. */
async function choose(page: Page, item: string): Promise<void> {
  await page.locator('d1-user-menu').click();
  await page.getByRole('menuitemradio', { name: item }).click();
}

/** Follows a deep link inside the page, as a link from elsewhere in the portal would. */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
  }, path);
}

test.describe("each education provider's apps", () => {
  let stack: Stack;
  let cdn: RunningCdn;
  test.beforeAll(async () => {
    cdn = await startCdn({ [ESPOO_PATH]: ESPOO_FILE });
    stack = await startStack({
      exampleApps: true,
      providers: {
        // Vantaa's settings inline: messages everywhere, absences only at Lumikorven koulu.
        [VANTAA]: {
          name: { fi: 'Vantaan kaupunki', sv: 'Vanda stad', en: 'City of Vantaa' },
          apps: ['timetable', 'messages', { id: 'absences', schools: ['09231'] }],
        },
        [ESPOO]: `${cdn.origin}${ESPOO_PATH}`,
      },
    });
  });
  test.afterAll(async () => {
    await stack.stop();
    await cdn.stop();
  });

  test("a guardian sees each child's municipality's apps, and never downloads one not in use there", async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const lunchCode = (): string[] => requested.filter((url) => url.includes('/apps/lunch/'));

    await openSignedIn(page, stack.portal.origin, 'guardian');
    await choose(page, 'Aino Mäkelä');
    await expect(page.getByTestId('acting-as')).toContainText('Aino Mäkelä');
    // Aino's school is in Vantaa: Vantaa's apps, the messages widget with them.
    await expect.poll(() => appLinks(page)).toEqual(['Lukujärjestys', 'Poissaolot', 'Viestit']);
    expect(await switcherApps(page)).toEqual(['absences', 'messages', 'timetable']);
    expect(await tiles(page)).toEqual(['Lukujärjestys', 'Poissaolot', 'Viestit']);
    await expect(page.getByRole('region', { name: 'Uudet viestit' })).toBeVisible();
    // Nobody has acted in an Espoo school yet: its file has not been asked for.
    expect(cdn.requests).toEqual([]);

    // The lunch menu's deep link, for Aino: not in use in Vantaa; Eetu's school has it.
    await go(page, '/ruokalista');
    const main = page.locator('d1-shell main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      'Palvelu ei ole käytössä täällä',
    );
    await expect(main.getByTestId('where')).toContainText(
      'Aino Mäkelä, Lumikorven koulu (Vantaan kaupunki)',
    );
    const offer = main.getByRole('button', {
      name: 'Toimi: Eetu Mäkelä, Merituulen koulu (Espoon kaupunki)',
    });
    await expect(offer).toBeVisible();
    await expect(page).toHaveTitle('Palvelu ei ole käytössä täällä – DigiOne');
    await axe(page, 'not available here');
    expect(lunchCode()).toEqual([]);

    // Taking the offer: acting for Eetu (Espoo), the lunch menu opens at the same address.
    await offer.click();
    await expect(
      page
        .locator('d1-shell > section.d1-app-area[data-d1-app="lunch"]')
        .getByText('Pääruoka')
        .first(),
    ).toBeVisible();
    expect(lunchCode().length).toBeGreaterThan(0);
    await expect.poll(() => appLinks(page)).toEqual(['Lukujärjestys', 'Poissaolot', 'Ruokalista']);
    expect(await switcherApps(page)).toEqual(['absences', 'lunch', 'timetable']);
    await nav(page).getByRole('link', { name: 'Etusivu' }).click();
    await expect.poll(() => tiles(page)).toEqual(['Kouluruoka', 'Lukujärjestys', 'Poissaolot']);
    await expect(page.getByRole('region', { name: 'Uudet viestit' })).toHaveCount(0);

    // Messages, from Eetu's side: not in use in Espoo, in use for Aino.
    await go(page, '/viestit');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      'Palvelu ei ole käytössä täällä',
    );
    await expect(
      main.getByRole('button', { name: 'Toimi: Aino Mäkelä, Lumikorven koulu (Vantaan kaupunki)' }),
    ).toBeVisible();

    // A role refusal stays "no access": assessment is for teachers and principals.
    await go(page, '/arviointi');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Ei käyttöoikeutta');

    // Back to Aino: Vantaa's apps again; Espoo's file was fetched once, and only once.
    await go(page, '/');
    await choose(page, 'Aino Mäkelä');
    await expect.poll(() => appLinks(page)).toEqual(['Lukujärjestys', 'Poissaolot', 'Viestit']);
    await choose(page, 'Eetu Mäkelä');
    await expect.poll(() => appLinks(page)).toEqual(['Lukujärjestys', 'Poissaolot', 'Ruokalista']);
    expect(cdn.requests).toEqual([ESPOO_PATH]);
  });

  test("a provider's file that cannot be had says so with a retry, and the portal runs on", async ({
    page,
  }) => {
    cdn.set(ESPOO_PATH, undefined);
    try {
      await openSignedIn(page, stack.portal.origin, 'guardian');
      await choose(page, 'Eetu Mäkelä');
      const home = page.locator('d1-shell-home');
      await expect(
        home.getByRole('heading', { name: 'Palveluluetteloa ei voitu hakea' }),
      ).toBeVisible();
      // The frame stands: navigation, the user menu, the other child's apps.
      await expect(page.locator('d1-user-menu')).toBeVisible();
      await axe(page, "provider's file failed");
      cdn.set(ESPOO_PATH, ESPOO_FILE);
      await home.getByRole('button', { name: 'Yritä uudelleen' }).click();
      await expect.poll(() => tiles(page)).toEqual(['Kouluruoka', 'Lukujärjestys', 'Poissaolot']);
      await choose(page, 'Aino Mäkelä');
      await expect.poll(() => tiles(page)).toEqual(['Lukujärjestys', 'Poissaolot', 'Viestit']);
    } finally {
      cdn.set(ESPOO_PATH, ESPOO_FILE);
    }
  });
});
