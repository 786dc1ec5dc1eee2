/**
 * When the identity provider fails: never a blank page, always a localized explanation with a way
 * forward, and the portal recovers when the provider returns.
 */
import { test, expect } from '@playwright/test';
import { axe } from './support/axe.js';
import { startStack, type Stack } from './support/stack.js';
import { openSignedIn } from './support/sign-in.js';

const UNREACHABLE = {
  fi: 'Kirjautumispalveluun ei saada yhteyttä',
  sv: 'Inloggningstjänsten kan inte nås',
  en: 'The sign-in service cannot be reached',
} as const;

test.describe('the identity provider out of reach', () => {
  let stack: Stack;
  test.beforeEach(async () => {
    // Access tokens live 10 s, so a session notices a missing provider within seconds.
    stack = await startStack({ accessTokenTtl: 10 });
  });
  test.afterEach(async () => {
    await stack.stop();
  });

  test('before sign-in: a localized error page, and sign-in once it answers again', async ({
    page,
  }) => {
    await stack.pauseIdp();
    await page.goto(`${stack.portal.origin}/palaute`);
    const heading = page.locator('d1-shell-auth-screen h1');
    await expect(heading).toHaveText(UNREACHABLE.fi);
    await axe(page);
    for (const [locale, text] of Object.entries(UNREACHABLE)) {
      await page.locator('d1-language-picker').click();
      await page.getByRole('menuitemradio').nth(['fi', 'sv', 'en'].indexOf(locale)).click();
      await expect(heading).toHaveText(text);
    }

    await stack.resumeIdp();
    await page.locator('d1-shell-auth-screen d1-error-panel').getByRole('button').last().click();
    await expect(page.locator('a.door-mpassid')).toBeVisible();
  });

  test('mid-session: the error page once the token runs out, and the same session after it returns', async ({
    page,
  }) => {
    await openSignedIn(page, stack.portal.origin, 'guardian', '/saavutettavuus');
    await stack.pauseIdp();
    // The token works for 10 s; renewal fails quietly until then, then the page says why.
    await expect(page.locator('d1-shell-auth-screen h1')).toHaveText(UNREACHABLE.fi, {
      timeout: 30_000,
    });
    await expect(page).toHaveURL(`${stack.portal.origin}/saavutettavuus`);

    await stack.resumeIdp();
    await page.locator('d1-shell-auth-screen d1-error-panel').getByRole('button').last().click();
    // The session was kept at the provider: no sign-in form, straight back.
    await expect(page.locator('d1-shell-accessibility-statement')).toBeVisible();
    await expect(page).toHaveURL(`${stack.portal.origin}/saavutettavuus`);
  });
});

test.describe('the end of a session', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    // A 24-second session (refresh tokens end with it), warned of from its start.
    stack = await startStack({ accessTokenTtl: 8, sessionTtl: 24, sessionWarningSeconds: 23 });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  test('is announced before it comes, and then explained', async ({ page }) => {
    await openSignedIn(page, stack.portal.origin, 'teacher');
    const warning = page.locator('d1-shell-session-warning d1-alert');
    await expect(warning).toContainText('Istuntosi päättyy pian');
    await expect(warning).toContainText(/Istunto päättyy klo \d{1,2}\.\d{2}/);
    await axe(page);

    await expect(page.locator('d1-shell-auth-screen h1')).toHaveText('Istuntosi on päättynyt', {
      timeout: 45_000,
    });
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await expect(page.locator('a.door-mpassid')).toBeVisible();
  });
});
