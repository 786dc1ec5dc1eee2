/**
 * The example vendor apps as people use them, end to end: every test user signs in at the local
 * identity provider, sees exactly the apps their role allows and opens each, switches what they
 * act as and sees the data follow, switches to svenska and English, meets the unsaved-changes
 * guard with a draft message, and signs out. The apps' APIs check real tokens. A broken fixture
 * app registered beside them shows its error while every other app works. axe runs on every page
 * visited.
 */
import { test, expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { axe } from './support/axe.js';
import { ROLES } from '../../sdk/src/context/types.js';
import { brandedProviders, startStack, type Stack } from './support/stack.js';
import { openSignedIn } from './support/sign-in.js';
import { FIXTURES, fixtureFolders, fixtureManifest } from './fixtures/apps/manifests.js';

type AppId = 'timetable' | 'messages' | 'assessment' | 'lunch' | 'absences' | 'throws-in-mount';

/** Each app's navigation label, as its manifest names it. */
const LABELS: Readonly<Record<AppId, { fi: string; sv: string; en: string }>> = {
  timetable: { fi: 'Lukujärjestys', sv: 'Schema', en: 'Timetable' },
  messages: { fi: 'Viestit', sv: 'Meddelanden', en: 'Messages' },
  assessment: { fi: 'Arviointi', sv: 'Bedömning', en: 'Assessment' },
  lunch: { fi: 'Ruokalista', sv: 'Matsedel', en: 'Lunch menu' },
  absences: { fi: 'Poissaolot', sv: 'Frånvaro', en: 'Absences' },
  'throws-in-mount': FIXTURES['throws-in-mount'],
};

/** An app's own heading in Swedish and English (the apps' translations), for a person. */
const HEADINGS: Partial<Record<AppId, (person: string) => { sv: string; en: string }>> = {
  timetable: () => ({ sv: 'Schema', en: 'Timetable' }),
  lunch: () => ({ sv: 'Matsedel', en: 'Lunch menu' }),
  messages: () => ({ sv: 'Meddelandetrådar', en: 'Message threads' }),
  assessment: (person) =>
    person === 'principal'
      ? { sv: 'Skolans bedömningsläge', en: 'School assessment overview' }
      : { sv: 'Bedömning av undervisningsgrupper', en: 'Assessing teaching groups' },
};

/** The apps each test user's role allows (the broken fixture is for everyone). */
const ALLOWED: Readonly<Record<string, readonly AppId[]>> = {
  pupil: ['timetable', 'lunch', 'throws-in-mount'],
  teacher: ['timetable', 'messages', 'assessment', 'lunch', 'absences', 'throws-in-mount'],
  principal: ['messages', 'assessment', 'lunch', 'throws-in-mount'],
  guardian: ['timetable', 'messages', 'lunch', 'absences', 'throws-in-mount'],
  admin: ['throws-in-mount'],
};

/** Every Content-Security-Policy or Trusted Types violation the page reports, from now on. */
function policyViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content Security Policy|Trusted Type/i.test(text)) {
      seen.push(`${text} (${message.location().url})`);
    }
  });
  return seen;
}

function area(page: Page, id: AppId): Locator {
  return page.locator(`d1-shell > section.d1-app-area[data-d1-app="${id}"]`);
}

function frame(page: Page): FrameLocator {
  return area(page, 'absences').frameLocator('iframe');
}

function nav(page: Page): Locator {
  return page.locator('d1-shell-nav');
}

/** The app links of the navigation, in order (the portal's own pages left out). */
async function appLinks(page: Page): Promise<string[]> {
  const own = new Set(['Etusivu', 'Diagnostiikka']);
  const labels = await nav(page).getByRole('link').allInnerTexts();
  return labels.map((label) => label.split('\n')[0]?.trim() ?? '').filter((l) => !own.has(l));
}

/** Opens an app from the navigation and waits until it shows what it is for. */
async function open(page: Page, id: AppId, person: string): Promise<void> {
  const link = nav(page).getByRole('link', { name: LABELS[id].fi, exact: false }).first();
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
  await expect(ready(page, id, person)).toBeVisible();
}

/** What an app shows once its data is in (each app's own words, in Finnish). */
function ready(page: Page, id: AppId, person: string): Locator {
  switch (id) {
    case 'timetable':
      return area(page, id).getByRole('heading', { name: 'maanantai', exact: false }).first();
    case 'messages':
      return area(page, id).getByRole('heading', { name: 'Viestiketjut' });
    case 'assessment':
      return area(page, id).getByRole('heading', {
        name: person === 'principal' ? 'Koulun arviointitilanne' : 'Opetusryhmien arviointi',
      });
    case 'lunch':
      return area(page, id).getByText('Pääruoka').first();
    case 'absences':
      return frame(page).getByRole('heading', {
        name: person === 'guardian' ? 'Ilmoita poissaolo' : 'Poissa tänään',
        exact: true,
      });
    case 'throws-in-mount':
      return area(page, id).locator('d1-error-panel').getByRole('button', {
        name: 'Yritä uudelleen',
      });
  }
}

/** Chooses another school or child in the user menu. */
async function actAs(page: Page, choice: string): Promise<void> {
  await page.locator('d1-user-menu').click();
  await page.getByRole('menuitemradio', { name: choice }).click();
}

/** Chooses a language from the header's language picker. */
async function speak(page: Page, language: 'suomi' | 'svenska' | 'English'): Promise<void> {
  await page.locator('d1-language-picker').click();
  await page.getByRole('menuitemradio', { name: language }).click();
}

/** Writes a message to the first recipient offered, in the messages app's compose view, unsent. */
async function writeDraft(messages: Locator, subject: string, text: string): Promise<void> {
  await messages.getByRole('checkbox').first().check();
  await messages.getByRole('textbox', { name: 'Aihe' }).fill(subject);
  await messages.getByRole('textbox', { name: 'Viesti' }).fill(text);
}

async function signOut(page: Page): Promise<void> {
  await page.locator('d1-user-menu').click();
  await page.getByRole('menuitem', { name: 'Kirjaudu ulos' }).click();
  // The provider asks to confirm (RP-initiated logout), then returns to the portal.
  await page.locator('form button[type="submit"]').first().click();
  await expect(page.locator('d1-shell-auth-screen h1')).toHaveText('Olet kirjautunut ulos');
}

test.describe('the example apps, as each test user meets them', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    stack = await startStack({
      exampleApps: true,
      // A broken app beside the others: it throws while mounting, for everyone.
      registry: [fixtureManifest('throws-in-mount', { roles: [...ROLES] })],
      apps: fixtureFolders(['throws-in-mount']),
      // Vantaa and Espoo, in their brands, with every app: here the apps go by role alone.
      providers: brandedProviders(Object.keys(LABELS)),
    });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  for (const person of Object.keys(ALLOWED)) {
    test(`${person}: exactly their apps, each working, and the broken one contained`, async ({
      page,
    }) => {
      const violations = policyViolations(page);
      await openSignedIn(page, stack.portal.origin, person);
      const allowed = ALLOWED[person] ?? [];
      if (allowed.includes('messages')) {
        // The Messages app's home widget lists what is unread and, at sign-in, before the app is
        // opened, brings the count to the navigation through the SDK's `shell:badge`.
        const widget = page.getByRole('region', { name: 'Uudet viestit' });
        await expect(widget.getByRole('link', { name: 'Kaikki viestit' })).toBeVisible();
        await expect(nav(page).getByRole('link', { name: /^Viestit \d+ uutta$/ })).toBeVisible();
      }
      await axe(page, `${person}: home`);
      expect((await appLinks(page)).sort()).toEqual(allowed.map((id) => LABELS[id].fi).sort());
      for (const id of allowed) {
        await open(page, id, person);
        await axe(page, `${person}: ${id}`);
      }
      if (allowed.includes('messages')) {
        // Unread messages reach the navigation as a count from the app too.
        await expect(nav(page).getByRole('link', { name: /^Viestit \d+ uutta$/ })).toBeVisible();
      }
      // The broken app failed in its own area; the header still works, as does every other app.
      const working = allowed.find((id) => id !== 'throws-in-mount');
      if (working) await open(page, working, person);
      // Both other languages reach the frame and the app on screen at once, <html lang> too.
      for (const [language, locale] of [
        ['svenska', 'sv'],
        ['English', 'en'],
      ] as const) {
        await speak(page, language);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(
          nav(page).getByRole('link', { name: locale === 'sv' ? 'Startsida' : 'Home' }),
        ).toBeVisible();
        if (working) {
          await expect(
            nav(page).getByRole('link', { name: LABELS[working][locale] }),
          ).toBeVisible();
          const heading = HEADINGS[working]?.(person)[locale];
          if (heading) {
            await expect(
              area(page, working)
                .locator('[data-d1-app-root]')
                .getByRole('heading', { name: heading, exact: true }),
            ).toBeVisible();
          }
        }
      }
      await speak(page, 'suomi');
      await signOut(page);
      // Every app ran under the portal's strict policy without breaking it.
      expect(violations).toEqual([]);
    });
  }

  test('the teacher acts at the other school, and the apps follow', async ({ page }) => {
    await openSignedIn(page, stack.portal.origin, 'teacher', '/lukujarjestys');
    const timetable = area(page, 'timetable');
    await expect(timetable.getByText('Matematiikka').first()).toBeVisible();
    await expect(timetable.getByText('Fysiikka')).toHaveCount(0);
    await actAs(page, 'Kivimäen yhtenäiskoulu');
    await expect(timetable.getByText('Fysiikka').first()).toBeVisible();
    await axe(page, 'teacher: timetable at Kivimäki');

    await open(page, 'assessment', 'teacher');
    const groups = area(page, 'assessment').getByRole('combobox', { name: 'Opetusryhmä' });
    await expect(groups).toContainText('9C');
    await actAs(page, 'Lumikorven koulu');
    await expect(groups).toContainText('7B');
    await expect(groups).not.toContainText('9C');
  });

  test("the guardian follows each child's week and school lunch", async ({ page }) => {
    await openSignedIn(page, stack.portal.origin, 'guardian', '/lukujarjestys');
    const timetable = area(page, 'timetable');
    await actAs(page, 'Aino Mäkelä');
    await expect(timetable.getByText('Kemia').first()).toBeVisible();
    await actAs(page, 'Eetu Mäkelä');
    await expect(timetable.getByText('Ympäristöoppi').first()).toBeVisible();
    await expect(timetable.getByText('Kemia')).toHaveCount(0);

    await open(page, 'lunch', 'guardian');
    await expect(area(page, 'lunch')).toContainText('Merituulen koulu');
    await actAs(page, 'Aino Mäkelä');
    await expect(area(page, 'lunch')).toContainText('Lumikorven koulu');
    await axe(page, 'guardian: lunch for Aino');
  });

  test('svenska and English reach the shell and every mounted app, <html lang> too', async ({
    page,
  }) => {
    await openSignedIn(page, stack.portal.origin, 'guardian', '/viestit');
    await expect(ready(page, 'messages', 'guardian')).toBeVisible();
    await speak(page, 'svenska');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(nav(page).getByRole('link', { name: 'Startsida' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: LABELS.messages.sv })).toBeVisible();
    await expect(
      area(page, 'messages').getByRole('heading', { name: 'Meddelandetrådar' }),
    ).toBeVisible();
    await axe(page, 'guardian: messages in Swedish');

    await nav(page).getByRole('link', { name: LABELS.absences.sv }).click();
    await expect(frame(page).locator('html')).toHaveAttribute('lang', 'sv');
    await expect(frame(page).getByRole('heading', { name: 'Anmäl frånvaro' })).toBeVisible();
    await speak(page, 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(frame(page).locator('html')).toHaveAttribute('lang', 'en');
    await expect(frame(page).getByRole('heading', { name: 'Report an absence' })).toBeVisible();
    await expect(page).toHaveTitle(/Absences – DigiOne$/);
    await axe(page, 'guardian: absences in English');

    await nav(page).getByRole('link', { name: LABELS.lunch.en }).click();
    await expect(area(page, 'lunch').getByText('Main dish').first()).toBeVisible();
    await axe(page, 'guardian: lunch in English');
  });

  test("the home page's new-messages widget opens a thread in the app", async ({ page }) => {
    await openSignedIn(page, stack.portal.origin, 'guardian');
    const widget = page.getByRole('region', { name: 'Uudet viestit' });
    const first = widget.getByRole('listitem').first().getByRole('link');
    const subject = (await first.innerText()).trim();
    await first.click();
    await expect(page).toHaveURL(/\/viestit\/[^/]+$/);
    await expect(area(page, 'messages').getByRole('heading', { name: subject })).toBeVisible();
  });

  test('a draft message guards leaving, and sending it ends the question', async ({ page }) => {
    await openSignedIn(page, stack.portal.origin, 'teacher', '/viestit/uusi');
    const messages = area(page, 'messages');
    await writeDraft(
      messages,
      'Liikuntatunti ulkona',
      'Huomenna liikuntatunti on ulkona.\nVarustus sään mukaan.',
    );
    // Leaving with the draft asks first; staying keeps it.
    await nav(page).getByRole('link', { name: LABELS.lunch.fi }).click();
    const question = page.getByRole('dialog', { name: 'Poistutaanko tallentamatta?' });
    await expect(question).toBeVisible();
    await axe(page, 'teacher: the unsaved-changes question');
    await page.locator('d1-shell-confirm').getByRole('button', { name: 'Jää palveluun' }).click();
    await expect(page).toHaveURL(/\/viestit\/uusi$/);
    await expect(messages.getByRole('textbox', { name: 'Aihe' })).toHaveValue(
      'Liikuntatunti ulkona',
    );
    await messages.getByRole('button', { name: 'Lähetä', exact: true }).click();
    await expect(page.locator('d1-toast-stack')).toContainText('Viesti lähetetty.');
    // Sent: leaving asks nothing.
    await nav(page).getByRole('link', { name: LABELS.lunch.fi }).click();
    await expect(ready(page, 'lunch', 'teacher')).toBeVisible();
    await expect(question).toBeHidden();
  });

  test("a guardian's draft guards acting for the other child and signing out; leaving drops it", async ({
    page,
  }) => {
    await openSignedIn(page, stack.portal.origin, 'guardian', '/viestit/uusi');
    const messages = area(page, 'messages');
    await writeDraft(
      messages,
      'Hammaslääkäri torstaina',
      'Aino lähtee torstaina kello 10 hammaslääkäriin ja palaa kouluun puoliltapäivin.',
    );
    const question = page.getByRole('dialog', { name: 'Poistutaanko tallentamatta?' });
    const confirm = page.locator('d1-shell-confirm');

    // Acting for the other child asks first; staying keeps the child and the draft.
    await page.locator('d1-user-menu').click();
    const other = page
      .getByRole('group', { name: 'Toimit roolissa' })
      .getByRole('menuitemradio', { checked: false });
    // The child's name, the first line of the choice (the school is the second).
    const otherChild = (await other.innerText()).split('\n')[0]?.trim() ?? '';
    await other.click();
    await expect(question).toBeVisible();
    await confirm.getByRole('button', { name: 'Jää palveluun' }).click();
    await expect(messages.getByRole('textbox', { name: 'Aihe' })).toHaveValue(
      'Hammaslääkäri torstaina',
    );
    await page.locator('d1-user-menu').click();
    await expect(page.getByRole('menuitemradio', { name: otherChild })).not.toBeChecked();
    await page.keyboard.press('Escape');

    // Signing out asks too; leaving without saving signs out.
    await page.locator('d1-user-menu').click();
    await page.getByRole('menuitem', { name: 'Kirjaudu ulos' }).click();
    await expect(question).toBeVisible();
    await confirm.getByRole('button', { name: 'Poistu tallentamatta' }).click();
    await page.locator('form button[type="submit"]').first().click();
    await expect(page.locator('d1-shell-auth-screen h1')).toHaveText('Olet kirjautunut ulos');
  });
});
