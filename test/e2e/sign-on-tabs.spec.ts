/**
 * Sign-on across tabs and over time: sign-in and sign-out reach every tab, and renewals with
 * rotating refresh tokens never break a tab, with the real provider and real token lifetimes.
 */
import { test, expect, type Page, type Route } from '@playwright/test';
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

  test('signing out in one tab signs every tab out at once, not at its next renewal', async ({
    page,
    context,
  }) => {
    await openSignedIn(page, stack.portal.origin, 'pupil');
    const second = await context.newPage();
    await second.goto(stack.portal.origin);
    await expect(greeting(second)).toBeVisible();

    await page.locator('d1-user-menu').click();
    await page.getByRole('menuitem', { name: 'Kirjaudu ulos' }).click();
    // The other tab is told (it does not find out for itself): its token lives five minutes, and
    // it asks the provider nothing before it shows it was signed out.
    const asked: string[] = [];
    second.on('request', (request) => {
      if (request.url().startsWith(stack.idp.issuer)) asked.push(request.url());
    });
    await expect(second.locator('d1-shell-auth-screen h1')).toHaveText(
      'Kirjauduit ulos toisessa välilehdessä',
    );
    await expect(greeting(second)).toHaveCount(0);
    expect(asked).toEqual([]);
  });

  test('signing in in one tab signs in a tab that was signed out', async ({ page, context }) => {
    await page.goto(`${stack.portal.origin}/signed-out`);
    const second = await context.newPage();
    await second.goto(`${stack.portal.origin}/signed-out`);
    await expect(second.locator('d1-shell-auth-screen h1')).toHaveText('Olet kirjautunut ulos');

    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await signInAtProvider(page, 'principal');
    await expect(greeting(page)).toBeVisible();
    await expect(greeting(second)).toBeVisible();
  });
});

test.describe('sign-out in another tab while a token request is under way', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    // The user kept in the tab's sessionStorage, as on a shared school computer that survives a
    // reload; appToken reaches the shell through its entry's source path: the development server.
    stack = await startStack({
      server: 'development',
      audiences: [TIMETABLE],
      userStore: 'session',
    });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  test('the request is dropped: the tab stays signed out and keeps nothing for the next person', async ({
    page,
    context,
  }) => {
    await openSignedIn(page, stack.portal.origin, 'teacher');
    const second = await context.newPage();
    await second.goto(stack.portal.origin);
    await expect(greeting(second)).toBeVisible();

    // The second tab's next token request waits at the network until the test lets it go.
    let held: (route: Route) => void = () => undefined;
    const arrived = new Promise<Route>((resolve) => {
      held = resolve;
    });
    await second.route(`${stack.idp.issuer}/token`, (route) => {
      held(route);
    });
    const outcome = appToken(second, TIMETABLE).then(
      () => 'a token',
      (error: unknown) => String(error),
    );
    const route = await arrived;

    await page.locator('d1-user-menu').click();
    await page.getByRole('menuitem', { name: 'Kirjaudu ulos' }).click();
    await expect(second.locator('d1-shell-auth-screen h1')).toHaveText(
      'Kirjauduit ulos toisessa välilehdessä',
    );
    // The first tab waits at the provider's confirmation; the request goes on to the provider.
    await route.continue().catch(() => undefined);
    expect(await outcome).toMatch(/signed out/);
    await expect(second.locator('d1-shell-auth-screen h1')).toHaveText(
      'Kirjauduit ulos toisessa välilehdessä',
    );
    const kept = await second.evaluate(() =>
      Object.keys(sessionStorage).filter((key) => key.startsWith('digione.auth.')),
    );
    expect(kept).toEqual([]);

    // Once the provider's session has ended too, the next person who opens the tab must sign in.
    await page.locator('form button[type="submit"]').first().click();
    await expect(page.locator('d1-shell-auth-screen h1')).toHaveText('Olet kirjautunut ulos');
    await second.unroute(`${stack.idp.issuer}/token`);
    await second.reload();
    await expect(second.locator('a.door-mpassid')).toBeVisible();
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
    test.setTimeout(150_000);
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

    // At least three token lifetimes' worth of renewals per tab (a renewal every 8 s), and more
    // than twenty refreshes in all, with app tokens asked in between: however long a busy machine
    // takes for them, the loop ends on what happened, not on a time.
    const started = Date.now();
    const elapsed = () => Date.now() - started;
    while (elapsed() < 30_000 || (refreshes.ok <= 20 && elapsed() < 90_000)) {
      await Promise.all([useApis(page), useApis(second)]);
      // A pause between rounds, as a person's apps ask now and then, not all the time.
      await page.waitForTimeout(2000);
    }
    await expect(greeting(page)).toBeVisible();
    await expect(greeting(second)).toBeVisible();
    expect(refreshes.refused).toBe(0);
    expect(refreshes.ok).toBeGreaterThan(20);
  });
});
