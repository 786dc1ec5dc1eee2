/**
 * Parity: the same app, the same person, the same manifest — the context the app receives in the
 * portal, in the vendor sandbox (with and without `--idp`) and in the conformance kit is the same,
 * field by field, for every test user of the local identity provider and every place they can act
 * in a role the app declares. The app is a probe (fixtures/apps/probe) that writes what it received
 * into its page. Each person signs in once per place; acting-as is switched as a person switches
 * it (the portal's user menu, the sandbox's switch).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { claimsOf, TEST_USERS, type TestUser } from '@digione/dev-idp';
import type { ActingAs, AppManifest, DigiOneUser } from '@digione/sdk';
// The portal's own functions, from the SDK's source (the test runner loads Node modules).
import { actingAsChoices } from '../../sdk/src/context/acting-as.js';
import { userFromClaims } from '../../sdk/src/context/claims.js';
import { fixtureFolder } from './fixtures/apps/manifests.js';
import {
  startSandboxPage,
  startSandboxWithProvider,
  type SandboxPage,
  type SandboxWithProvider,
} from './support/sandbox.js';
import { openSignedIn, signInAtProvider } from './support/sign-in.js';
import { startStack, type Stack } from './support/stack.js';

const AUDIENCE = 'urn:digione:api:probe';
/** The probe's manifest: every role but the administrator's, some user fields, an API. */
const MANIFEST: AppManifest = {
  id: 'probe',
  name: { fi: 'Koetin', sv: 'Sond', en: 'Probe' },
  description: {
    fi: 'Koetin: testisovellus',
    sv: 'Sond: testapp',
    en: 'Probe: a test app',
  },
  icon: 'apps',
  vendor: { name: 'DigiOne' },
  entry: '/apps/probe/index.ts',
  isolation: 'module',
  routes: ['/koetin'],
  nav: [{ path: '/koetin', label: { fi: 'Koetin', sv: 'Sond', en: 'Probe' } }],
  roles: ['learner', 'teacher', 'principal', 'guardian'],
  context: {
    user: ['id', 'givenName', 'roles', 'schools', 'affiliations', 'children'],
    actingAs: true,
  },
  api: { audience: AUDIENCE, url: 'https://api.probe.example.fi/v1' },
  contract: '^1.0.0',
  locales: ['fi', 'sv', 'en'],
};
const PROBE = join(fixtureFolder('probe'), 'index.ts');
/** The fields compared, each on its own so that a difference names its field. */
const FIELDS = ['user', 'actingAs', 'locale', 'theme', 'tenant', 'apiUrl'] as const;
type Received = Record<(typeof FIELDS)[number], unknown>;

/** The portal's user for a test user, from the claims the provider signs them in with. */
function portalUser(user: TestUser): DigiOneUser {
  return userFromClaims({ ...claimsOf(user), acr: user.door }).user;
}

/** Where a test user can act in a role the probe declares, in the portal's order. */
function declaredChoices(user: TestUser): ActingAs[] {
  return actingAsChoices(portalUser(user)).filter((c) => MANIFEST.roles.includes(c.role));
}

/**
 * Whether the sandbox without a provider shows `user` in `role`: it shows the first test person
 * who acts in a role (a teacher who is also a principal elsewhere is met there only at a provider).
 */
function sandboxShows(user: TestUser, role: ActingAs['role']): boolean {
  const first = TEST_USERS.find((u) => declaredChoices(u).some((c) => c.role === role));
  return first?.username === user.username;
}

/** What the probe in `scope` received, once it acts as `choice`. */
async function receivedIn(scope: Locator, choice: ActingAs): Promise<Received> {
  const out = scope.locator('pre.probe-context');
  let received: Received | undefined;
  await expect
    .poll(async () => {
      received = JSON.parse((await out.textContent()) ?? 'null') as Received | undefined;
      return (received?.actingAs as ActingAs | null | undefined)?.id;
    })
    .toBe(choice.id);
  return received!;
}

function expectSame(where: string, got: Received, portal: Received): void {
  for (const field of FIELDS) {
    expect(got[field], `${where}: ${field} differs from the portal's`).toEqual(portal[field]);
  }
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test.describe('the context an app receives', () => {
  let stack: Stack;
  let folder: string;
  let plain: SandboxPage;
  let withProvider: SandboxWithProvider;
  let signingIn: SandboxPage;

  test.beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'd1-parity-'));
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(MANIFEST));
    stack = await startStack({ registry: [MANIFEST], apps: { probe: fixtureFolder('probe') } });
    const sandboxArgs = ['--cwd', folder, '--entry', PROBE];
    plain = await startSandboxPage([...sandboxArgs, '--port', '0']);
    withProvider = await startSandboxWithProvider(sandboxArgs, [AUDIENCE]);
    signingIn = withProvider.sandbox;
  });
  test.afterAll(async () => {
    await withProvider.stop();
    await plain.stop();
    await stack.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  // Each person who can act in a role the app declares (the others: the last test).
  for (const user of TEST_USERS.filter((u) => declaredChoices(u).length > 0)) {
    const choices = declaredChoices(user);
    const where = (place: string, choice: ActingAs) =>
      `${user.username}, ${choice.label}, ${place}`;

    test(`is the same in the portal, the sandbox and the kit for the ${user.username}`, async ({
      browser,
    }) => {
      // The portal: one sign-in; each other choice from the user menu.
      const portal = await freshPage(browser);
      await openSignedIn(portal, stack.portal.origin, user.username, '/koetin');
      const inPortal = new Map<string, Received>();
      for (const [i, choice] of choices.entries()) {
        if (i > 0) {
          await portal.locator('d1-user-menu').click();
          await portal.getByRole('menuitemradio', { name: choice.label }).click();
        }
        inPortal.set(choice.id, await receivedIn(portal.locator('d1-shell'), choice));
      }
      await portal.context().close();

      // The sandbox without --idp: the test person of the role, each choice from its switch.
      const page = await freshPage(browser);
      await page.goto(plain.url);
      const sandbox = page.locator('d1-sandbox');
      for (const choice of choices.filter((c) => sandboxShows(user, c.role))) {
        await page.getByRole('combobox', { name: 'Rooli' }).selectOption(choice.role);
        await page.getByRole('combobox', { name: 'Toimii' }).selectOption(choice.id);
        const got = await receivedIn(sandbox, choice);
        expectSame(where('sandbox', choice), got, inPortal.get(choice.id)!);
      }

      // The conformance kit, in the same page (the sandbox's app unmounted first: one probe at a
      // time), for the same person and acting-as, with the manifest.
      await page.getByRole('button', { name: 'Pura sovellus' }).click();
      await expect(sandbox.locator('pre.probe-context')).toHaveCount(0);
      for (const choice of choices) {
        const got = await page.evaluate(
          async ({ kit, probe, manifest, person, actingAs }) => {
            const { mountApp } = (await import(/* @vite-ignore */ kit)) as {
              mountApp: (
                app: unknown,
                options: unknown,
              ) => Promise<{
                container: HTMLElement;
                unmount(): Promise<void>;
              }>;
            };
            const app = ((await import(/* @vite-ignore */ probe)) as { default: unknown }).default;
            const mounted = await mountApp(app, { manifest, user: person, actingAs });
            const text = mounted.container.querySelector('pre.probe-context')?.textContent;
            await mounted.unmount();
            return JSON.parse(text ?? 'null') as unknown;
          },
          {
            kit: `/@fs${join(import.meta.dirname, '../../sdk/src/testing/index.ts')}`,
            probe: `/@fs${PROBE}`,
            manifest: MANIFEST,
            person: portalUser(user),
            actingAs: choice,
          },
        );
        expectSame(where('kit', choice), got as Received, inPortal.get(choice.id)!);
      }
      await page.context().close();

      // The sandbox with --idp: the person signs in once, and switches where they act.
      const real = await freshPage(browser);
      await real.goto(signingIn.url);
      await real.locator('d1-sandbox d1-empty-state d1-button.sign-in').click();
      await signInAtProvider(real, user.username);
      const signedIn = real.locator('d1-sandbox');
      for (const choice of choices) {
        await real.getByRole('combobox', { name: 'Rooli' }).selectOption(choice.role);
        await real.getByRole('combobox', { name: 'Toimii' }).selectOption(choice.id);
        const got = await receivedIn(signedIn, choice);
        expectSame(where('sandbox --idp', choice), got, inPortal.get(choice.id)!);
      }
      await real.context().close();
    });
  }

  test('a person in no role the app declares: the portal refuses, the sandbox does not offer it', async ({
    browser,
  }) => {
    const outsiders = TEST_USERS.filter((user) => declaredChoices(user).length === 0);
    expect(outsiders.map((u) => u.username)).toEqual(['admin', 'substitute']);
    const portal = await freshPage(browser);
    await openSignedIn(portal, stack.portal.origin, 'admin', '/koetin');
    await expect(portal.locator('pre.probe-context')).toHaveCount(0);
    await expect(portal.locator('d1-shell main')).toContainText('Koetin');
    await portal.context().close();

    const page = await freshPage(browser);
    await page.goto(plain.url);
    const roles = page.getByRole('combobox', { name: 'Rooli' }).locator('option');
    await expect(roles).toHaveText([
      'Oppilas (Aino Mäkelä)',
      'Opettaja (Mikko Korhonen)',
      'Rehtori (Leena Nieminen)',
      'Huoltaja (Sanna Mäkelä)',
    ]);
    await expect(page.locator('d1-sandbox .roles-note')).toContainText(
      'ei ilmoita rooleja Sijainen ja Ylläpitäjä',
    );
    await page.context().close();
  });
});
