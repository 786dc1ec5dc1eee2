/**
 * Signing in through the local identity provider's pages in Chromium: every test user through the
 * real login pages (PKCE built here, the code redeemed with fetch), wrong passwords and wrong doors
 * in fi/sv/en, and keyboard-only sign-in. Languages, cancelling, sign-out, axe and small screens:
 * idp-pages.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { TEST_USERS } from '@digione/dev-idp';
import { jwtClaims } from '@digione/dev-idp/testing';
import { fillAndSubmit, LOCALES, useLoginPages, WORDS } from './support/idp-pages.js';

/** What each user's ID token must say (MPASSid- and Suomi.fi-shaped claims). */
const EXPECTED: Record<string, Record<string, unknown>> = {
  pupil: {
    acr: 'mpassid',
    given_name: 'Aino',
    family_name: 'Mäkelä',
    digione_roles: ['learner'],
    digione_schools: [expect.objectContaining({ code: '09231', provider_id: '0124610-9' })],
    digione_group: '7B',
    digione_grade: '7',
  },
  teacher: {
    acr: 'mpassid',
    given_name: 'Mikko',
    digione_roles: ['teacher'],
    digione_schools: [
      expect.objectContaining({ code: '09231', tenant: 'vantaa', municipality_code: '092' }),
      expect.objectContaining({ code: '09247', tenant: 'vantaa', municipality_code: '092' }),
    ],
  },
  principal: {
    acr: 'mpassid',
    given_name: 'Leena',
    digione_roles: ['principal'],
    digione_schools: [expect.objectContaining({ code: '09247' })],
  },
  guardian: {
    acr: 'suomifi',
    given_name: 'Sanna',
    digione_roles: ['guardian'],
    digione_schools: [],
    digione_children: [
      expect.objectContaining({
        given_name: 'Aino',
        grade: '7',
        school: expect.objectContaining({ provider_name: 'Vantaan kaupunki' }),
      }),
      expect.objectContaining({
        given_name: 'Eetu',
        grade: '3',
        school: expect.objectContaining({ provider_name: 'Espoon kaupunki' }),
      }),
    ],
  },
  admin: { acr: 'mpassid', given_name: 'Juha', digione_roles: ['admin'], digione_schools: [] },
  'teacher-principal': {
    acr: 'mpassid',
    given_name: 'Pekka',
    digione_roles: ['teacher', 'principal'],
    digione_affiliations: [
      { role: 'teacher', school: '09247' },
      { role: 'principal', school: '09231' },
    ],
  },
  substitute: {
    acr: 'mpassid',
    given_name: 'Outi',
    digione_roles: ['substitute'],
    digione_affiliations: [{ role: 'substitute', school: '04915' }],
  },
};

const pages = useLoginPages();

test.describe('each test user signs in through the real pages', () => {
  for (const user of TEST_USERS) {
    test(`${user.username} through ${user.door}`, async ({ page }) => {
      const verifier = await pages.openSignIn(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.fi.chooseDoor);
      await page.getByRole('link', { name: WORDS.fi[user.door] }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.fi[user.door]);
      await fillAndSubmit(page, 'fi', user.username, 'digione');
      const tokens = await pages.redeem(page, verifier);
      const idToken = jwtClaims(tokens.id_token ?? '');
      expect(idToken).toMatchObject({ sub: user.sub, ...EXPECTED[user.username] });
      const userinfo = await fetch(`${pages.issuer}/me`, {
        headers: { authorization: `Bearer ${tokens.access_token ?? ''}` },
      });
      // acr belongs to the ID token only.
      const withoutAcr = Object.fromEntries(
        Object.entries(EXPECTED[user.username] ?? {}).filter(([claim]) => claim !== 'acr'),
      );
      expect(await userinfo.json()).toMatchObject({ sub: user.sub, ...withoutAcr });
    });
  }
});

test.describe('mistakes are explained in the page language', () => {
  for (const locale of LOCALES) {
    test(`a wrong password (${locale})`, async ({ page }) => {
      await pages.openSignIn(page, locale);
      await page.getByRole('link', { name: WORDS[locale].mpassid }).click();
      await fillAndSubmit(page, locale, 'teacher', 'wrong');
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('heading')).toHaveText(WORDS[locale].failed);
      await expect(summary).toContainText(WORDS[locale].invalid);
      await expect(page.getByLabel(WORDS[locale].username)).toHaveValue('teacher');
      await expect(page.getByLabel(WORDS[locale].password)).toHaveValue('');
      await expect(page.getByLabel(WORDS[locale].password)).toHaveAttribute('aria-invalid', 'true');
      // The summary's link moves to the field.
      await summary.getByRole('link').click();
      await expect(page.getByLabel(WORDS[locale].password)).toBeFocused();
    });

    test(`the wrong door (${locale})`, async ({ page }) => {
      await pages.openSignIn(page, locale);
      await page.getByRole('link', { name: WORDS[locale].mpassid }).click();
      await fillAndSubmit(page, locale, 'guardian', 'digione');
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(WORDS[locale].guardiansUseSuomifi);
      await summary.getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS[locale].suomifi);
    });
  }

  test('an unknown user gets the same message as a wrong password', async ({ page }) => {
    await pages.openSignIn(page);
    await page.getByRole('link', { name: WORDS.fi.mpassid }).click();
    await fillAndSubmit(page, 'fi', 'nobody', 'digione');
    await expect(page.locator('.error-summary')).toContainText(WORDS.fi.invalid);
    await expect(page.locator('.error-summary')).not.toContainText(WORDS.fi.pupilsUseMpassid);
  });

  test('a pupil at the Suomi.fi door is sent to MPASSid', async ({ page }) => {
    const verifier = await pages.openSignIn(page);
    await page.getByRole('link', { name: WORDS.fi.suomifi }).click();
    await fillAndSubmit(page, 'fi', 'pupil', 'digione');
    await expect(page.locator('.error-summary')).toContainText(WORDS.fi.pupilsUseMpassid);
    await page.locator('.error-summary').getByRole('link').click();
    await fillAndSubmit(page, 'fi', 'pupil', 'digione');
    expect(jwtClaims((await pages.redeem(page, verifier)).id_token ?? '').acr).toBe('mpassid');
  });
});

test.describe('the keyboard', () => {
  test('signing in with the keyboard only', async ({ page }) => {
    const verifier = await pages.openSignIn(page);
    const door = page.getByRole('link', { name: WORDS.fi.mpassid });
    for (
      let presses = 0;
      presses < 10 && !(await door.evaluate((el) => el === document.activeElement));
      presses += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(door).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(WORDS.fi.username)).toBeFocused();
    await page.keyboard.type('teacher');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(WORDS.fi.password)).toBeFocused();
    await page.keyboard.type('digione');
    await page.keyboard.press('Enter');
    expect(jwtClaims((await pages.redeem(page, verifier)).id_token ?? '').given_name).toBe('Mikko');
  });
});
