/**
 * "Poissaolot" end to end in its frame: the app's real page, served on an origin of its own by its
 * Vite development server (with its Content-Security-Policy), framed and bridged by a small test
 * portal, calling the real API with real tokens of DigiOne's local identity provider. A guardian
 * reports Aino's absence; the teacher acting in Lumikorven koulu sees it and acknowledges it; the
 * page follows the portal's language, and nothing breaks its policy.
 */
import { join } from 'node:path';
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
// From the SDK's source: the test runner loads Node modules, and the SDK's package entry is its
// build, which `npm test` makes only after these tests.
import { actingAsChoicesFor } from '../../../sdk/src/context/acting-as.js';
import { userFromClaims } from '../../../sdk/src/context/claims.js';
import type { DigiOneUser } from '../../../sdk/src/context/types.js';
import {
  claimsOf,
  portalClient,
  startIdentityProvider,
  TEST_USERS,
  type RunningIdentityProvider,
  type RunningProtectedApi,
  type TestUser,
} from '@digione/dev-idp';
import { accessTokenFor } from '@digione/dev-idp/testing';
import { AUDIENCE, startApi } from '../api/server.js';
import { getISOWeek } from 'date-fns';
import type { FrameOptions, TestPortal } from './shell/main.js';

const packageDir = join(import.meta.dirname, '..');
/** The portal client's redirect at the provider: tokens are got over HTTP, as the portal would. */
const PORTAL_CLIENT_ORIGIN = 'http://127.0.0.1:5997';
const repo = join(packageDir, '..', '..');

/** The person as the portal maps them from their ID token: with the portal's own function. */
function digioneUser(user: TestUser): DigiOneUser {
  return userFromClaims({ ...claimsOf(user), acr: user.door }).user;
}

function testUser(username: string): TestUser {
  const user = TEST_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`no test user ${username}`);
  return user;
}

let idp: RunningIdentityProvider;
let portal: ViteDevServer;
let portalOrigin: string;
let app: { readonly origin: string; stop(): Promise<void> };
let api: RunningProtectedApi;

function token(username: string): Promise<string> {
  return accessTokenFor({
    issuer: idp.issuer,
    redirectUri: `${PORTAL_CLIENT_ORIGIN}/auth/callback`,
    username,
    audience: AUDIENCE,
  });
}

/** Writes the portal's origin into the app's page, as the app's host does for each portal. */
function shellOriginMeta(origin: string): Plugin {
  return {
    name: 'absences-test-shell-origin',
    transformIndexHtml: (html) =>
      html.replace(
        /(<meta name="digione-shell-origin" content=")[^"]*(")/,
        (_match, before: string, after: string) => `${before}${origin}${after}`,
      ),
  };
}

/** A Vite development server on 127.0.0.1 and a free port; resolves with its origin. */
async function serve(server: ViteDevServer): Promise<string> {
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the server is not listening');
  return `http://127.0.0.1:${String(address.port)}`;
}

/** Console messages of the page and its frame that tell of a broken policy or an error. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  const note = (message: ConsoleMessage) => {
    const text = message.text();
    if (
      /Content.Security.Policy|Trusted Type|Refused to/i.test(text) ||
      message.type() === 'error'
    ) {
      problems.push(text);
    }
  };
  page.on('console', note);
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

async function openApp(page: Page, username: string, actingAsIndex: number) {
  const user = digioneUser(testUser(username));
  const role = username === 'guardian' ? 'guardian' : 'teacher';
  const actingAs = actingAsChoicesFor(user, role).at(actingAsIndex);
  if (!actingAs) throw new Error(`${username} has no acting-as choice ${String(actingAsIndex)}`);
  const options: FrameOptions = {
    appOrigin: app.origin,
    apiUrl: api.url,
    token: await token(username),
    user,
    actingAs,
    locale: 'fi',
  };
  await page.evaluate((o) => window.testPortal.open(o), options);
  // The frame is named in the portal's language ("Poissaolot", "Frånvaro"…): found by place.
  return page.frameLocator('#area iframe');
}

const records = (page: Page): Promise<TestPortal['records']> =>
  page.evaluate(() => window.testPortal.records);

test.describe('the app in its frame', () => {
  // The first page load compiles the app's module graph on a cold development server.
  test.setTimeout(180_000);

  test.beforeAll(async () => {
    idp = await startIdentityProvider({
      log: false,
      clients: [portalClient([PORTAL_CLIENT_ORIGIN])],
      resources: [{ audience: AUDIENCE }],
    });
    portal = await createServer({
      configFile: join(repo, 'vite.config.ts'),
      root: join(packageDir, 'test', 'shell'),
      cacheDir: join(repo, 'node_modules', '.vite-absences-test-portal'),
      logLevel: 'warn',
      clearScreen: false,
      server: { host: '127.0.0.1', port: 0, fs: { allow: [repo] } },
    });
    portalOrigin = await serve(portal);
    // The app's page on an origin of its own, served as its vendor develops it.
    const appServer = await createServer({
      configFile: join(packageDir, 'vite.config.ts'),
      root: packageDir,
      cacheDir: join(repo, 'node_modules', '.vite-absences-app'),
      logLevel: 'warn',
      clearScreen: false,
      plugins: [shellOriginMeta(portalOrigin)],
      server: { host: '127.0.0.1', port: 0, fs: { allow: [repo] } },
    });
    app = { origin: await serve(appServer), stop: () => appServer.close() };
    api = await startApi({ issuer: idp.issuer, allowedOrigins: [app.origin] });
  });

  test.afterAll(async () => {
    await api.stop();
    await app.stop();
    await portal.close();
    await idp.stop();
  });

  test("a guardian's report reaches the teacher of Aino's group, who acknowledges it", async ({
    page,
  }) => {
    const problems = watchProblems(page);
    await page.goto(`${portalOrigin}/`);

    // Sanna Mäkelä, acting for Aino (her first child).
    const guardian = await openApp(page, 'guardian', 0);
    await expect(guardian.getByRole('heading', { name: 'Ilmoita poissaolo' })).toBeVisible();
    await expect(
      guardian.getByText('Ilmoitus koskee: Aino Mäkelä, Lumikorven koulu'),
    ).toBeVisible();
    await expect(guardian.locator('html')).toHaveAttribute('lang', 'fi');
    await expect(guardian.getByText('Perheen matka isovanhempien luo Ouluun')).toBeVisible();

    await guardian.getByRole('combobox', { name: /^Syy/ }).selectOption('illness');
    await guardian
      .getByRole('textbox', { name: /^Viesti opettajalle/ })
      .fill('Ainolla on kuumetta, hän lepää tänään kotona.');
    await expect.poll(async () => (await records(page)).dirty).toEqual([true]);
    await guardian.getByRole('button', { name: 'Lähetä ilmoitus' }).click();

    await expect.poll(async () => (await records(page)).notifications.length).toBe(1);
    const sent = await records(page);
    expect(sent.notifications[0]).toMatchObject({
      variant: 'success',
      heading: 'Poissaolo ilmoitettu',
    });
    expect(sent.dirty).toEqual([true, false]);
    expect(sent.tokenRequests.every((audience) => audience === AUDIENCE)).toBe(true);
    await expect(
      guardian.getByText('Viesti opettajalle: Ainolla on kuumetta, hän lepää tänään kotona.'),
    ).toBeVisible();

    // Mikko Korhonen, acting in Lumikorven koulu (his first school).
    const teacher = await openApp(page, 'teacher', 0);
    const aino = teacher.locator('li', {
      has: teacher.getByRole('heading', { name: 'Aino Mäkelä, 7B' }),
    });
    await expect(aino).toBeVisible();
    await expect(aino).toContainText(
      'Huoltajan viesti: Ainolla on kuumetta, hän lepää tänään kotona.',
    );
    const week = getISOWeek(new Date());
    await expect.poll(async () => (await records(page)).titles.at(-1)).toBe(`Viikko ${week}`);
    await expect.poll(async () => (await records(page)).badges.length).toBeGreaterThan(0);
    const waiting = (await records(page)).badges.at(-1) ?? 0;

    await aino.getByRole('button', { name: /^Kuittaa Aino Mäkelä, / }).click();
    await expect(aino).toContainText('Kuitattu');
    await expect(aino.getByRole('button')).toHaveCount(0);
    await expect.poll(async () => (await records(page)).badges.at(-1)).toBe(waiting - 1);

    // The portal switches to Swedish: the page's strings and its language follow.
    await page.evaluate(() => {
      window.testPortal.setLocale('sv');
    });
    await expect(teacher.getByRole('heading', { name: 'Frånvarande i dag' })).toBeVisible();
    await expect(teacher.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.locator('#area iframe')).toHaveAttribute('title', 'Frånvaro');
    await expect.poll(async () => (await records(page)).titles.at(-1)).toBe(`Vecka ${week}`);

    expect(problems).toEqual([]);
    expect((await records(page)).errors).toEqual([]);
  });

  test('opened outside the portal, the page says where it is used', async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto(`${app.origin}/index.html`);
    await expect(
      page.getByRole('heading', { name: 'Avaa Poissaolot DigiOne-portaalissa' }),
    ).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    // The page ran within its policy.
    expect(problems).toEqual([]);
    // The page's policy is in force: no HTML strings into the DOM (Trusted Types), no inline
    // style. (Playwright's own evaluation is exempt from script-src, so eval is not tried here.)
    const blocked = await page.evaluate(() => {
      const outcomes: string[] = [];
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>kokeilu</b>');
        outcomes.push('html written');
      } catch {
        outcomes.push('html blocked');
      }
      const style = document.createElement('style');
      style.textContent = 'body { color: rgb(255, 0, 0); }';
      document.head.append(style);
      outcomes.push(
        getComputedStyle(document.body).color === 'rgb(255, 0, 0)'
          ? 'style applied'
          : 'style blocked',
      );
      return outcomes;
    });
    expect(blocked).toEqual(['html blocked', 'style blocked']);
  });
});
