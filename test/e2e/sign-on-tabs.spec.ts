/**
 * Sign-on across tabs and over time: sign-in and sign-out reach every tab, and renewals with
 * rotating refresh tokens never break a tab, with the real provider and real token lifetimes.
 */
import { test, expect, type Page } from '@playwright/test';
import { startStack, type Stack } from './support/stack.js';
import { openSignedIn, signInAtProvider } from './support/sign-in.js';
import { appToken, greeting } from './support/portal.js';

const TIMETABLE = 'urn:digione:api:timetable';
const MESSAGES = 'urn:digione:api:messages';

test.describe('sign-in and sign-out across tabs', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    stack = await startStack();
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  test('a second tab signs in through the provider session, without the form', async ({
    page,
    context,
  }) => {
    await openSignedIn(page, stack.portal.origin, 'teacher');
    const second = await context.newPage();
    await second.goto(`${stack.portal.origin}/saavutettavuus`);
    await expect(second.locator('d1-shell-accessibility-statement')).toBeVisible();
    await expect(second.locator('d1-user-menu')).toBeVisible();
    await expect(second).toHaveURL(`${stack.portal.origin}/saavutettavuus`);
    await expect(second.locator('input[name="password"]')).toHaveCount(0);
  });

  test('signing out in one tab signs every tab out within a second', async ({ page, context }) => {
    await openSignedIn(page, stack.portal.origin, 'pupil');
    const second = await context.newPage();
    await second.goto(stack.portal.origin);
    await expect(greeting(second)).toBeVisible();

    await page.locator('d1-user-menu').click();
    await page.getByRole('menuitem', { name: 'Kirjaudu ulos' }).click();
    await expect(second.locator('d1-shell-auth-screen h1')).toHaveText(
      'Kirjauduit ulos toisessa välilehdessä',
      { timeout: 1000 },
    );
    await expect(greeting(second)).toHaveCount(0);
  });

  test('signing in in one tab signs in a tab that was signed out', async ({ page, context }) => {
    await page.goto(`${stack.portal.origin}/signed-out`);
    const second = await context.newPage();
    await second.goto(`${stack.portal.origin}/signed-out`);
    await expect(second.locator('d1-shell-auth-screen h1')).toHaveText('Olet kirjautunut ulos');

    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await signInAtProvider(page, 'principal');
    await expect(greeting(page)).toBeVisible();
    await expect(greeting(second)).toBeVisible({ timeout: 5000 });
  });
});

test.describe('renewal with rotating refresh tokens', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    // Access tokens live 12 s: each tab renews every 8 s, and every app token costs a refresh.
    // appToken reaches the shell through its entry's source path: the development server.
    stack = await startStack({
      server: 'development',
      audiences: [TIMETABLE, MESSAGES],
      accessTokenTtl: 12,
    });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  async function useApis(page: Page): Promise<void> {
    const [a, b, c] = await Promise.all([
      appToken(page, TIMETABLE),
      appToken(page, MESSAGES),
      appToken(page, TIMETABLE),
    ]);
    for (const [token, audience] of [
      [a, TIMETABLE],
      [b, MESSAGES],
      [c, TIMETABLE],
    ] as const) {
      const api = stack.apis.get(audience)?.url ?? '';
      const answer = await fetch(`${api}/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(answer.status, `${audience} accepts the token`).toBe(200);
    }
  }

  test('two tabs renewing and asking app tokens at once both keep working', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    const refreshes = { ok: 0, refused: 0 };
    context.on('response', (response) => {
      const request = response.request();
      if (request.method() !== 'POST' || !request.url().startsWith(stack.idp.issuer)) return;
      if (!(request.postData() ?? '').includes('grant_type=refresh_token')) return;
      if (response.ok()) refreshes.ok++;
      else refreshes.refused++;
    });
    await openSignedIn(page, stack.portal.origin, 'teacher');
    const second = await context.newPage();
    await second.goto(stack.portal.origin);
    await expect(greeting(second)).toBeVisible();

    // Thirty seconds: at least three renewals per tab, with app tokens asked in between.
    const until = Date.now() + 30_000;
    while (Date.now() < until) {
      await Promise.all([useApis(page), useApis(second)]);
      await page.waitForTimeout(2000);
    }
    await expect(greeting(page)).toBeVisible();
    await expect(greeting(second)).toBeVisible();
    expect(refreshes.refused).toBe(0);
    expect(refreshes.ok).toBeGreaterThan(20);
  });
});
