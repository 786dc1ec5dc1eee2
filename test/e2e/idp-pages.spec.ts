/**
 * The local identity provider's pages in Chromium beyond the sign-in itself: the language switch
 * and ui_locales, cancelling, RP-initiated logout, axe on every page in fi/sv/en, and a 360 px
 * screen under the pages' content security rules.
 */
import { expect, test } from '@playwright/test';
import { authorizationUrl } from '@digione/dev-idp/testing';
import { axe } from './support/axe.js';
import { fillAndSubmit, LOCALES, useLoginPages, WORDS } from './support/idp-pages.js';

const pages = useLoginPages();

test.describe('languages', () => {
  test('the language switch on the page is remembered through the sign-in', async ({ page }) => {
    await pages.openSignIn(page);
    const switcher = page.getByRole('navigation', { name: 'Kieli' });
    await expect(switcher.getByRole('link', { name: 'Suomi' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(switcher.getByRole('link', { name: 'Svenska' })).toHaveAttribute('hreflang', 'sv');
    await switcher.getByRole('link', { name: 'Svenska' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.sv.chooseDoor);
    await page.getByRole('link', { name: WORDS.sv.mpassid }).click();
    await page.getByRole('button', { name: WORDS.sv.signIn }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.locator('.error-summary')).toContainText(WORDS.sv.usernameMissing);
    await page
      .getByRole('navigation', { name: 'Språk' })
      .getByRole('link', { name: 'English' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.en.mpassid);
  });

  test('ui_locales of the authorization request chooses the first language', async ({ page }) => {
    await pages.openSignIn(page, 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.en.chooseDoor);
  });
});

test.describe('leaving', () => {
  test('cancelling returns access_denied to the client', async ({ page }) => {
    await pages.openSignIn(page);
    await page.getByRole('link', { name: WORDS.fi.mpassid }).click();
    await page.getByRole('button', { name: WORDS.fi.cancel }).click();
    await page.waitForURL(`${pages.clientOrigin}/auth/callback?**`);
    expect(new URL(page.url()).searchParams.get('error')).toBe('access_denied');
  });

  test('RP-initiated logout ends the session: the next sign-in shows the login page', async ({
    page,
  }) => {
    let verifier = await pages.openSignIn(page);
    await page.getByRole('link', { name: WORDS.fi.suomifi }).click();
    await fillAndSubmit(page, 'fi', 'guardian', 'digione');
    await pages.redeem(page, verifier);

    // Signed in, a new authorization comes straight back with a code.
    verifier = await pages.openSignIn(page);
    await pages.redeem(page, verifier);

    // As the portal asks for it: the client names itself; no ID token in the URL.
    await page.goto(pages.logoutUrl({ post_logout_redirect_uri: `${pages.clientOrigin}/` }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.fi.logout);
    await page.getByRole('button', { name: WORDS.fi.logout }).click();
    await page.waitForURL(`${pages.clientOrigin}/`);

    await pages.openSignIn(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.fi.chooseDoor);
  });
});

test.describe('every page passes axe', () => {
  for (const locale of LOCALES) {
    test(`in ${locale}`, async ({ page }) => {
      const words = WORDS[locale];
      const verifier = await pages.openSignIn(page, locale);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await axe(page);

      await page.getByRole('link', { name: words.mpassid }).click();
      await axe(page);
      await fillAndSubmit(page, locale, '', '');
      await expect(page.locator('.error-summary')).toBeVisible();
      await axe(page);
      await fillAndSubmit(page, locale, 'guardian', 'digione');
      await expect(page.locator('.error-summary')).toContainText(words.guardiansUseSuomifi);
      await axe(page);
      await page.locator('.error-summary').getByRole('link').click();
      await fillAndSubmit(page, locale, 'guardian', 'digione');
      await pages.redeem(page, verifier);

      await page.goto(pages.logoutUrl({ ui_locales: locale }));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.logout);
      await axe(page);
      await page.getByRole('button', { name: words.logout }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.loggedOut);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await axe(page);

      // An authorization request the provider cannot send back: its own error page.
      const bad = new URL(
        authorizationUrl(pages.issuer, { redirectUri: 'https://elsewhere.test/' }),
      );
      bad.searchParams.set('ui_locales', locale);
      const response = await page.goto(bad.href);
      expect(response?.status()).toBe(400);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.error);
      await axe(page);

      await page.goto(`${pages.issuer}/interaction/expired-sign-in?lang=${locale}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.expired);
      await axe(page);
    });
  }
});

test.describe('small screens', () => {
  test('the pages fit a 360 px screen and break no content security rule', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.setViewportSize({ width: 360, height: 740 });
    await pages.openSignIn(page);
    const fits = (): Promise<boolean> =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    await page.getByRole('link', { name: WORDS.fi.mpassid }).click();
    await fillAndSubmit(page, 'fi', 'teacher', 'wrong');
    expect(await fits()).toBe(true);
    // The style sheet applied: the primary button is DigiOne blue.
    await expect(page.getByRole('button', { name: WORDS.fi.signIn })).toHaveCSS(
      'background-color',
      'rgb(11, 95, 165)',
    );
    expect(problems).toEqual([]);
  });
});
