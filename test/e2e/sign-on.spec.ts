/**
 * Single sign-on end to end: the real local identity provider, the real shell in Chromium.
 */
import { test, expect } from '@playwright/test';
import { axe } from './support/axe.js';
import { TEST_USERS } from '@digione/dev-idp';
import { tokenRequest } from '@digione/dev-idp/testing';
import { startStack, type Stack } from './support/stack.js';
import { openSignedIn, signInAtProvider } from './support/sign-in.js';
import { appToken, jwtClaims as claimsOf } from './support/portal.js';

const TIMETABLE = 'urn:digione:api:timetable';
const MESSAGES = 'urn:digione:api:messages';

test.describe('signing in', () => {
  let stack: Stack;
  const feedback: unknown[] = [];
  test.beforeAll(async () => {
    stack = await startStack({ audiences: [TIMETABLE, MESSAGES], feedback });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  const expected: Record<string, RegExp> = {
    pupil: /Toimit nyt: .+ \(Oppilas\)/,
    teacher: /Toimit nyt: .+ \(Opettaja\)/,
    principal: /Toimit nyt: .+ \(Rehtori\)/,
    guardian: /Toimit nyt: .+ \(Huoltaja\)/,
    admin: /Toimit nyt: .+ \(Pääkäyttäjä\)/,
    'teacher-principal': /Toimit nyt: Kivimäen yhtenäiskoulu \(Opettaja\)/,
    substitute: /Toimit nyt: .+ \(Sijainen\)/,
  };
  for (const user of TEST_USERS) {
    test(`${user.username} signs in through ${user.door} and is greeted in their role`, async ({
      page,
    }) => {
      await openSignedIn(page, stack.portal.origin, user.username);
      await expect(page.getByTestId('acting-as')).toHaveText(expected[user.username] ?? /.^/);
      await expect(page).toHaveURL(`${stack.portal.origin}/`);
      await axe(page);
    });
  }

  test('the deep link a person opened survives sign-in', async ({ page }) => {
    await openSignedIn(page, stack.portal.origin, 'pupil', '/palaute?aihe=kirjautuminen#lomake');
    await expect(page).toHaveURL(`${stack.portal.origin}/palaute?aihe=kirjautuminen#lomake`);
    await expect(page.locator('d1-shell-feedback')).toBeVisible();
  });

  test('a teacher in two schools chooses one, and the choice survives a reload', async ({
    page,
  }) => {
    await openSignedIn(page, stack.portal.origin, 'teacher');
    const first = (await page.getByTestId('acting-as').textContent()) ?? '';
    await page.locator('d1-user-menu').click();
    const other = page.getByRole('menuitemradio').nth(1);
    const otherName = (await other.textContent())?.trim().split('\n')[0]?.trim() ?? '';
    await other.click();
    await expect(page.getByTestId('acting-as')).toContainText(otherName);
    expect(await page.getByTestId('acting-as').textContent()).not.toEqual(first);
    await page.reload();
    // The user is kept in memory: the reload signs in again through the provider's session.
    await expect(page.getByTestId('acting-as')).toContainText(otherName);
  });

  test('a guardian acts for each child in turn', async ({ page }) => {
    await openSignedIn(page, stack.portal.origin, 'guardian');
    await page.locator('d1-user-menu').click();
    const children = page.getByRole('group', { name: 'Toimit roolissa' });
    await expect(children.getByRole('menuitemradio')).toHaveCount(2);
  });

  test('cancelling at the provider explains itself and offers to try again', async ({ page }) => {
    await page.goto(`${stack.portal.origin}/saavutettavuus`);
    await page.locator('form.cancel button, button[name="cancel"]').first().click();
    await expect(page.locator('d1-shell-auth-screen h1')).toHaveText('Kirjautuminen keskeytettiin');
    await axe(page);
    await page.locator('d1-shell-auth-screen d1-error-panel').getByRole('button').last().click();
    await signInAtProvider(page, 'pupil');
    await expect(page).toHaveURL(`${stack.portal.origin}/saavutettavuus`);
  });

  test('signing out ends the provider session too', async ({ page }) => {
    await openSignedIn(page, stack.portal.origin, 'principal');
    await page.locator('d1-user-menu').click();
    await page.getByRole('menuitem', { name: 'Kirjaudu ulos' }).click();
    // The provider asks to confirm (RP-initiated logout), then returns to the portal.
    await page.locator('form button[type="submit"]').first().click();
    await expect(page.locator('d1-shell-auth-screen h1')).toHaveText('Olet kirjautunut ulos');
    await axe(page);
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    // No session at the provider any more: its door page shows.
    await expect(page.locator('a.door-mpassid')).toBeVisible();
  });

  test('signing out revokes the refresh token, and the logout URL carries no ID token', async ({
    page,
  }) => {
    const issuer = stack.idp.issuer;
    const exchanged = page.waitForResponse(
      (r) => r.url() === `${issuer}/token` && r.request().method() === 'POST',
    );
    await openSignedIn(page, stack.portal.origin, 'principal');
    const { refresh_token: refreshToken = '' } = (await (await exchanged).json()) as {
      refresh_token?: string;
    };
    expect(refreshToken).not.toBe('');

    const logout = page.waitForRequest((r) => r.url().startsWith(`${issuer}/session/end`));
    await page.locator('d1-user-menu').click();
    await page.getByRole('menuitem', { name: 'Kirjaudu ulos' }).click();
    const url = new URL((await logout).url());
    expect(url.searchParams.has('id_token_hint')).toBe(false);
    expect(url.searchParams.get('client_id')).toBe('digione-portal');
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(
      `${stack.portal.origin}/signed-out`,
    );

    // Still at the provider's confirmation: the refresh token was revoked before the portal left.
    await expect(page.locator('form button[type="submit"]').first()).toBeVisible();
    const refresh = await tokenRequest(issuer, {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    });
    expect(refresh.body.error).toBe('invalid_grant');

    await page.locator('form button[type="submit"]').first().click();
    await expect(page.locator('d1-shell-auth-screen h1')).toHaveText('Olet kirjautunut ulos');
  });

  test('signing out forgets the acting-as choice on this computer', async ({ page, context }) => {
    /** The acting-as choices the portal keeps in the browser's localStorage. */
    const remembered = async (): Promise<string[]> => {
      const { origins } = await context.storageState();
      const portal = origins.find((each) => each.origin === stack.portal.origin);
      return (portal?.localStorage ?? [])
        .map((entry) => entry.name)
        .filter((name) => name.startsWith('digione.acting-as.'));
    };
    await openSignedIn(page, stack.portal.origin, 'teacher');
    await page.locator('d1-user-menu').click();
    const other = page.getByRole('menuitemradio').nth(1);
    const otherName = (await other.textContent())?.trim().split('\n')[0]?.trim() ?? '';
    await other.click();
    await expect(page.getByTestId('acting-as')).toContainText(otherName);
    expect(await remembered()).toHaveLength(1);

    await page.locator('d1-user-menu').click();
    await page.getByRole('menuitem', { name: 'Kirjaudu ulos' }).click();
    // Gone already at the provider's confirmation, whether or not the person confirms there.
    await expect(page.locator('form button[type="submit"]').first()).toBeVisible();
    expect(await remembered()).toEqual([]);
  });

  test('a keyboard alone reaches the main area, changes language and signs out', async ({
    page,
  }) => {
    await openSignedIn(page, stack.portal.origin, 'teacher');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Siirry pääsisältöön' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('d1-shell main')).toBeFocused();

    // Back up the header to the language picker's button.
    const picker = page.getByRole('button', { name: /suomi/ });
    for (let i = 0; i < 6 && !(await picker.evaluate((el) => el.matches(':focus'))); i++) {
      await page.keyboard.press('Shift+Tab');
    }
    await expect(picker).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('d1-shell main h1')).toHaveText(/^Hello, /);
    await axe(page);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('form button[type="submit"]').first()).toBeVisible();
  });

  test('feedback from the feedback page reaches the feedback service', async ({ page }) => {
    await openSignedIn(page, stack.portal.origin, 'guardian', '/palaute');
    await page.locator('d1-shell-feedback select').selectOption('accessibility');
    await page
      .locator('d1-shell-feedback textarea')
      .fill('Kalenterin painikkeet ovat liian pieniä.');
    await page.getByRole('button', { name: /Lähetä/ }).click();
    await expect(page.locator('d1-shell-feedback #status')).toContainText('Kiitos palautteestasi!');
    expect(feedback).toContainEqual(
      expect.objectContaining({
        topic: 'accessibility',
        message: 'Kalenterin painikkeet ovat liian pieniä.',
        locale: 'fi',
        page: '/palaute',
      }),
    );
  });
});

// `appToken` asks the shell's host through the page's own module of the shell's entry, which the
// development server serves by its source path.
test.describe('app tokens', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    stack = await startStack({ server: 'development', audiences: [TIMETABLE, MESSAGES] });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  test('each app gets a token for its own API only, which that API accepts and others refuse', async ({
    page,
  }) => {
    await openSignedIn(page, stack.portal.origin, 'teacher');
    const timetableToken = await appToken(page, TIMETABLE);
    const messagesToken = await appToken(page, MESSAGES);
    expect(claimsOf(timetableToken).aud).toBe(TIMETABLE);
    expect(claimsOf(messagesToken).aud).toBe(MESSAGES);

    const timetableApi = stack.apis.get(TIMETABLE)?.url ?? '';
    const messagesApi = stack.apis.get(MESSAGES)?.url ?? '';
    const own = await fetch(`${timetableApi}/me`, {
      headers: { authorization: `Bearer ${timetableToken}` },
    });
    expect(own.status).toBe(200);
    expect(((await own.json()) as { aud: string }).aud).toBe(TIMETABLE);
    const foreign = await fetch(`${messagesApi}/me`, {
      headers: { authorization: `Bearer ${timetableToken}` },
    });
    expect(foreign.status).toBe(401);
    // A second request is answered from the cache, not with a new token.
    expect(await appToken(page, TIMETABLE)).toBe(timetableToken);
  });

  test('an app cannot get a token for an audience the portal does not know', async ({ page }) => {
    await openSignedIn(page, stack.portal.origin, 'pupil');
    await expect(appToken(page, 'urn:digione:api:unknown')).rejects.toThrow(/not registered/);
  });
});
