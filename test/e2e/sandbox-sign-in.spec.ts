/**
 * The vendor sandbox signing in for real, end to end in Chromium: DigiOne's local identity provider
 * (started here on a free port, with the example app's API audience and the sandbox's client) and
 * `digione-sandbox --idp <issuer>` on the Hello DigiOne example (sdk/sandbox/example), as a child
 * process on a free port. The person in the app's context is the one who signed in, the acting-as
 * choices are their own, and the app's token is a real JWT for its manifest's audience.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { axe } from './support/axe.js';
import {
  createTokenVerifier,
  startIdentityProvider,
  userByUsername,
  type RunningIdentityProvider,
} from '@digione/dev-idp';
import { signInAtProvider } from './support/sign-in.js';
import {
  CLEAN_ENV,
  SANDBOX_READY,
  sandboxRefusal,
  startSandboxPage,
  startSandboxWithProvider,
  switchLanguage,
  type SandboxPage,
  type SandboxWithProvider,
} from './support/sandbox.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = join(ROOT, 'sdk/sandbox/example');
const MANIFEST = JSON.parse(readFileSync(join(EXAMPLE, 'manifest.json'), 'utf8')) as {
  api: { audience: string };
} & Record<string, unknown>;
/** The example app's API audience, as its manifest names it. */
const AUDIENCE = MANIFEST.api.audience;
const UNKNOWN_AUDIENCE = 'https://api.not-registered.example.fi';

function parts(page: Page) {
  const sandbox = page.locator('d1-sandbox');
  return {
    sandbox,
    panel: (name: string) => sandbox.locator(`section.${name}`),
    appHeading: page.locator('hello-digione h2'),
    signInButton: sandbox.locator('d1-empty-state d1-button.sign-in'),
  };
}

/** Opens the sandbox, signs in at the provider as `username` and waits for the app to greet them. */
async function signIn(page: Page, sandbox: SandboxPage, username: string): Promise<void> {
  const user = userByUsername(username);
  await page.goto(sandbox.url);
  await parts(page).signInButton.click();
  await signInAtProvider(page, username);
  await expect(parts(page).appHeading).toHaveText(`Hei, ${user?.givenName ?? ''}!`);
  await expect(page).toHaveURL(sandbox.url);
}

test.describe('the sandbox with --idp', () => {
  let started: SandboxWithProvider;
  let idp: RunningIdentityProvider;
  let sandbox: SandboxPage;

  test.beforeAll(async () => {
    started = await startSandboxWithProvider(['--cwd', EXAMPLE], [AUDIENCE]);
    ({ idp, sandbox } = started);
  });
  test.afterAll(async () => {
    await started.stop();
  });

  test('a teacher signs in, acts in either school, gets a token for the app, and signs out', async ({
    page,
  }) => {
    const { panel, appHeading, signInButton, sandbox: element } = parts(page);
    await page.goto(sandbox.url);
    // Nobody is signed in: the app waits, and the page says where to sign in.
    await expect(element.getByRole('heading', { name: 'Kirjaudu sisään' })).toBeVisible();
    await expect(element.locator('d1-empty-state')).toContainText(idp.issuer);
    await expect(appHeading).toHaveCount(0);
    await expect(panel('sign-in')).toContainText('Ei kirjautunut');

    await signInButton.click();
    await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/`));
    await signInAtProvider(page, 'teacher');
    await expect(appHeading).toHaveText('Hei, Mikko!');
    await expect(page).toHaveURL(sandbox.url);

    // The context is the signed-in person's, limited to what the manifest asks for.
    await expect(panel('context')).toContainText('"givenName": "Mikko"');
    await expect(panel('context')).not.toContainText('Korhonen');
    await expect(panel('sign-in')).toContainText('Kirjautunut: Mikko Korhonen (MPASSid)');
    await expect(panel('sign-in')).toContainText(AUDIENCE);

    // The role switch offers the person's real roles; acting-as offers their two schools.
    const role = page.getByRole('combobox', { name: 'Rooli' });
    await expect(role.locator('option')).toHaveText(['Opettaja']);
    const actingAs = page.getByRole('combobox', { name: 'Toimii' });
    await expect(actingAs.locator('option')).toHaveText([
      'Lumikorven koulu',
      'Kivimäen yhtenäiskoulu',
    ]);
    await expect(page.getByText('Toimit nyt: Lumikorven koulu')).toBeVisible();
    await actingAs.selectOption({ label: 'Kivimäen yhtenäiskoulu' });
    await expect(page.getByText('Toimit nyt: Kivimäen yhtenäiskoulu')).toBeVisible();
    await expect(panel('context')).toContainText('"code": "09247"');
    await actingAs.selectOption({ label: 'Lumikorven koulu' });
    await expect(page.getByText('Toimit nyt: Lumikorven koulu')).toBeVisible();

    // The app's token: a JWT from the provider whose audience is the manifest's, and only that.
    const tokenRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url() === `${idp.issuer}/token`) tokenRequests.push(request.postData() ?? '');
    });
    const response = page.waitForResponse(`${idp.issuer}/token`);
    await element.locator('d1-button.request-token').click();
    const body = (await (await response).json()) as { access_token: string };
    const verified = await createTokenVerifier({ issuer: idp.issuer, audience: AUDIENCE })(
      `Bearer ${body.access_token}`,
    );
    expect(verified.aud).toBe(AUDIENCE);
    expect(verified.sub).toBe(userByUsername('teacher')?.sub);
    expect(verified.clientId).toBe('digione-sandbox');
    expect(new URLSearchParams(tokenRequests[0]).get('resource')).toBe(AUDIENCE);
    // The panel shows the token's audience and expiry, never the token.
    await expect(panel('sign-in').locator('dd.token')).toHaveText(AUDIENCE);
    await expect(panel('sign-in').locator('dd.token-expires')).toHaveText(
      /^\d{1,2}[.:]\d{2}[.:]\d{2}$/,
    );
    expect(await page.content()).not.toContain(body.access_token);
    await expect(panel('shell')).toContainText(AUDIENCE);

    // A second request is served from the cache, without the provider.
    await element.locator('d1-button.request-token').click();
    await expect(panel('shell').locator('dd').last()).toHaveText(`${AUDIENCE}, ${AUDIENCE}`);
    expect(tokenRequests).toHaveLength(1);

    // Signing out ends the provider's session: the next sign-in asks for the password again.
    await element.locator('d1-button.sign-out').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kirjaudu ulos');
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await expect(element.getByRole('heading', { name: 'Olet kirjautunut ulos' })).toBeVisible();
    await expect(page).toHaveURL(sandbox.url);
    await expect(appHeading).toHaveCount(0);
    await expect(panel('sign-in').locator('.token')).toHaveText('–');
    await signInButton.click();
    await expect(page.locator('a.door-mpassid')).toBeVisible();
  });

  test('a reload signs in again through the provider session, without a form', async ({ page }) => {
    await signIn(page, sandbox, 'principal');
    await page.reload();
    await expect(parts(page).appHeading).toHaveText('Hei, Leena!');
    await expect(page).toHaveURL(sandbox.url);
  });

  test('a guardian acts for each child; no WCAG 2.1 A/AA violations in fi, sv and en', async ({
    page,
  }) => {
    await page.goto(sandbox.url);
    await expect(parts(page).signInButton).toBeVisible();
    await axe(page);

    await parts(page).signInButton.click();
    await signInAtProvider(page, 'guardian');
    const { panel, appHeading } = parts(page);
    await expect(appHeading).toHaveText('Hei, Sanna!');
    await expect(panel('sign-in')).toContainText('(Suomi.fi)');
    await expect(page.getByRole('combobox', { name: 'Rooli' }).locator('option')).toHaveText([
      'Huoltaja',
    ]);
    const actingAs = page.getByRole('combobox', { name: 'Toimii' });
    await expect(actingAs.locator('option')).toHaveText(['Aino Mäkelä', 'Eetu Mäkelä']);
    await actingAs.selectOption({ label: 'Eetu Mäkelä' });
    await expect(page.getByText('Toimit nyt: Eetu Mäkelä')).toBeVisible();
    await axe(page);

    await switchLanguage(page, 'suomi', 'svenska');
    await expect(appHeading).toHaveText('Hej, Sanna!');
    await expect(panel('context')).toContainText('"locale": "sv"');
    await axe(page);

    await switchLanguage(page, 'svenska', 'English');
    await expect(appHeading).toHaveText('Hello, Sanna!');
    await expect(panel('context')).toContainText('"locale": "en"');
    await axe(page);
  });

  test('an unreachable provider shows what happened and a way to try again', async ({ page }) => {
    const { sandbox: element, signInButton } = parts(page);
    await page.goto(sandbox.url);
    await expect(signInButton).toBeVisible();
    await idp.pause();
    try {
      await signInButton.click();
      const error = element.locator('d1-error-panel.sign-in-error');
      await expect(error).toHaveAttribute('heading', 'Tunnistuspalvelua ei tavoitettu');
      await expect(error).toContainText(idp.issuer);
      await axe(page);
    } finally {
      await idp.resume();
    }
    await element
      .locator('d1-error-panel')
      .getByRole('button', { name: 'Kirjaudu sisään' })
      .click();
    await expect(page.locator('a.door-mpassid')).toBeVisible();
  });
});

test.describe('the sandbox with --idp, for an audience the provider does not know', () => {
  let started: SandboxWithProvider;
  let sandbox: SandboxPage;
  let folder: string;

  test.beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'd1-sandbox-sign-in-'));
    const manifest = join(folder, 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ ...MANIFEST, api: { audience: UNKNOWN_AUDIENCE } }));
    started = await startSandboxWithProvider(
      ['--cwd', EXAMPLE, '--manifest', manifest],
      [AUDIENCE],
    );
    ({ sandbox } = started);
  });
  test.afterAll(async () => {
    await started.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test("shows the provider's error and the audience it refused", async ({ page }) => {
    const { sandbox: element, signInButton, appHeading } = parts(page);
    await page.goto(sandbox.url);
    await signInButton.click();
    const error = element.locator('d1-error-panel.sign-in-error');
    await expect(error).toHaveAttribute(
      'heading',
      'Tunnistuspalvelu ei tunne sovelluksen rajapintaa',
    );
    await expect(error).toContainText(UNKNOWN_AUDIENCE);
    await expect(error.locator('.provider-answer')).toContainText('invalid_target');
    await expect(appHeading).toHaveCount(0);
    await expect(page).toHaveURL(sandbox.url);
    await axe(page);
  });
});

test.describe('the sandbox without --idp', () => {
  let server: SandboxPage;

  test.beforeAll(async () => {
    server = await startSandboxPage(['--cwd', EXAMPLE, '--port', '0']);
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("runs with the local provider's test people and says how to sign in for real", async ({
    page,
  }) => {
    const { panel, appHeading, sandbox } = parts(page);
    await page.goto(server.url);
    // The example declares pupils, teachers and guardians, in that order: the pupil comes first.
    await expect(appHeading).toHaveText('Hei, Aino!');
    await expect(page.getByRole('combobox', { name: 'Rooli' }).locator('option')).toHaveText([
      'Oppilas (Aino Mäkelä)',
      'Opettaja (Mikko Korhonen)',
      'Huoltaja (Sanna Mäkelä)',
    ]);
    await expect(page.getByRole('combobox', { name: 'Toimii' }).locator('option')).toHaveText([
      'Lumikorven koulu',
    ]);
    await expect(sandbox.locator('.roles-note')).toContainText(
      'ei ilmoita rooleja Rehtori, Sijainen ja Ylläpitäjä',
    );
    await expect(panel('sign-in')).toContainText('paikallisen tunnistuspalvelun testihenkilöt');
    await expect(panel('sign-in')).toContainText(`sandbox-token-for:${AUDIENCE}`);
    await expect(panel('sign-in')).toContainText('--idp http://127.0.0.1:4010');
    await axe(page);
  });
});

test('a malformed --idp stops the sandbox with a coded message', async () => {
  const failure = await sandboxRefusal(
    ['--cwd', EXAMPLE, '--port', '0', '--idp', 'idp.example.fi'],
    SANDBOX_READY,
    CLEAN_ENV,
  );
  expect(failure).toContain('exited with 1');
  expect(failure).toContain('[D1-SDK-176]');
});

test("the local identity provider registers the sandbox's client by default", async () => {
  const idp = await startIdentityProvider({ log: false });
  try {
    const discovery = (await (
      await fetch(`${idp.issuer}/.well-known/openid-configuration`)
    ).json()) as { authorization_endpoint: string };
    const authorize = (clientId: string, redirectUri: string): Promise<Response> => {
      const url = new URL(discovery.authorization_endpoint);
      url.search = new URLSearchParams({
        client_id: clientId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: 'openid profile',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      }).toString();
      return fetch(url, { redirect: 'manual' });
    };
    for (const origin of ['http://127.0.0.1:5199', 'http://localhost:5199']) {
      const response = await authorize('digione-sandbox', `${origin}/`);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toMatch(/^\/interaction\//);
    }
    // The portal's client is still there, and the sandbox's accepts no other redirect URI.
    expect((await authorize('digione-portal', 'http://127.0.0.1:5173/auth/callback')).status).toBe(
      303,
    );
    expect((await authorize('digione-sandbox', 'http://127.0.0.1:5173/auth/callback')).status).toBe(
      400,
    );
  } finally {
    await idp.stop();
  }
});
