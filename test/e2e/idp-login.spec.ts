/**
 * The local identity provider's pages in Chromium: every test user signs in through the real
 * login pages (PKCE built here, the code redeemed with fetch), wrong passwords and wrong doors in
 * fi/sv/en, the language switch, keyboard-only sign-in, sign-out, and axe on every page.
 */
import { expect, test, type Page } from '@playwright/test';
import { axe } from './support/axe.js';
import {
  PORTAL_CLIENT_ID,
  portalClient,
  startIdentityProvider,
  TEST_USERS,
  type Locale,
  type RunningIdentityProvider,
} from '@digione/dev-idp';
import {
  authorizationUrl,
  jwtClaims,
  pkce,
  startClientServer,
  tokenRequest,
  type TokenResponse,
} from '@digione/dev-idp/testing';

const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

/** The words a person sees, written out here so the tests do not read the catalogue they check. */
const WORDS = {
  fi: {
    chooseDoor: 'Kirjaudu DigiOneen',
    mpassid: 'Kirjaudu MPASSid-tunnuksella',
    suomifi: 'Tunnistaudu Suomi.fi-palvelussa',
    username: 'Käyttäjätunnus',
    password: 'Salasana',
    signIn: 'Kirjaudu sisään',
    cancel: 'Peruuta',
    failed: 'Kirjautuminen ei onnistunut',
    invalid: 'Käyttäjätunnus tai salasana on väärin.',
    guardiansUseSuomifi: 'Huoltajat käyttävät Suomi.fi-tunnistusta.',
    pupilsUseMpassid: 'Oppilaat, opettajat ja koulun henkilökunta käyttävät MPASSidiä.',
    usernameMissing: 'Kirjoita käyttäjätunnus.',
    logout: 'Kirjaudu ulos',
    loggedOut: 'Olet kirjautunut ulos',
    error: 'Jokin meni vikaan',
    expired: 'Kirjautuminen vanheni',
  },
  sv: {
    chooseDoor: 'Logga in i DigiOne',
    mpassid: 'Logga in med MPASSid',
    suomifi: 'Identifiera dig i Suomi.fi',
    username: 'Användarnamn',
    password: 'Lösenord',
    signIn: 'Logga in',
    cancel: 'Avbryt',
    failed: 'Inloggningen misslyckades',
    invalid: 'Användarnamnet eller lösenordet är fel.',
    guardiansUseSuomifi: 'Vårdnadshavare använder Suomi.fi-identifiering.',
    pupilsUseMpassid: 'Elever, lärare och skolans personal använder MPASSid.',
    usernameMissing: 'Skriv ditt användarnamn.',
    logout: 'Logga ut',
    loggedOut: 'Du har loggat ut',
    error: 'Något gick fel',
    expired: 'Inloggningen har gått ut',
  },
  en: {
    chooseDoor: 'Sign in to DigiOne',
    mpassid: 'Sign in with MPASSid',
    suomifi: 'Identify with Suomi.fi',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    cancel: 'Cancel',
    failed: 'Sign-in failed',
    invalid: 'The username or password is incorrect.',
    guardiansUseSuomifi: 'Guardians use Suomi.fi identification.',
    pupilsUseMpassid: 'Pupils, teachers and school staff use MPASSid.',
    usernameMissing: 'Enter your username.',
    logout: 'Sign out',
    loggedOut: 'You have signed out',
    error: 'Something went wrong',
    expired: 'The sign-in expired',
  },
} as const satisfies Record<Locale, Record<string, string>>;

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
};

let idp: RunningIdentityProvider;
let client: Awaited<ReturnType<typeof startClientServer>>;
let redirectUri: string;

test.beforeAll(async () => {
  client = await startClientServer();
  redirectUri = `${client.origin}/auth/callback`;
  idp = await startIdentityProvider({ log: false, clients: [portalClient([client.origin])] });
});

test.afterAll(async () => {
  await idp.stop();
  await client.stop();
});

/** Opens a fresh authorization request; returns the PKCE verifier to redeem the code with. */
async function openSignIn(page: Page, uiLocales?: Locale): Promise<string> {
  const { verifier, challenge } = pkce();
  await page.goto(
    authorizationUrl(idp.issuer, { redirectUri, challenge, ...(uiLocales ? { uiLocales } : {}) }),
  );
  return verifier;
}

/** Waits for the redirect back to the client and redeems its code. */
async function redeem(page: Page, verifier: string): Promise<TokenResponse> {
  await page.waitForURL(`${client.origin}/auth/callback?**`);
  const code = new URL(page.url()).searchParams.get('code');
  expect(code).toBeTruthy();
  const { status, body } = await tokenRequest(idp.issuer, {
    grant_type: 'authorization_code',
    code: code ?? '',
    code_verifier: verifier,
    redirect_uri: redirectUri,
  });
  expect(status).toBe(200);
  return body;
}

async function fillAndSubmit(
  page: Page,
  locale: Locale,
  username: string,
  password: string,
): Promise<void> {
  await page.getByLabel(WORDS[locale].username).fill(username);
  await page.getByLabel(WORDS[locale].password).fill(password);
  await page.getByRole('button', { name: WORDS[locale].signIn }).click();
}

test.describe('each test user signs in through the real pages', () => {
  for (const user of TEST_USERS) {
    test(`${user.username} through ${user.door}`, async ({ page }) => {
      const verifier = await openSignIn(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.fi.chooseDoor);
      await page.getByRole('link', { name: WORDS.fi[user.door] }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.fi[user.door]);
      await fillAndSubmit(page, 'fi', user.username, 'digione');
      const tokens = await redeem(page, verifier);
      const idToken = jwtClaims(tokens.id_token ?? '');
      expect(idToken).toMatchObject({ sub: user.sub, ...EXPECTED[user.username] });
      const userinfo = await fetch(`${idp.issuer}/me`, {
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
      await openSignIn(page, locale);
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
      await openSignIn(page, locale);
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
    await openSignIn(page);
    await page.getByRole('link', { name: WORDS.fi.mpassid }).click();
    await fillAndSubmit(page, 'fi', 'nobody', 'digione');
    await expect(page.locator('.error-summary')).toContainText(WORDS.fi.invalid);
    await expect(page.locator('.error-summary')).not.toContainText(WORDS.fi.pupilsUseMpassid);
  });

  test('a pupil at the Suomi.fi door is sent to MPASSid', async ({ page }) => {
    const verifier = await openSignIn(page);
    await page.getByRole('link', { name: WORDS.fi.suomifi }).click();
    await fillAndSubmit(page, 'fi', 'pupil', 'digione');
    await expect(page.locator('.error-summary')).toContainText(WORDS.fi.pupilsUseMpassid);
    await page.locator('.error-summary').getByRole('link').click();
    await fillAndSubmit(page, 'fi', 'pupil', 'digione');
    expect(jwtClaims((await redeem(page, verifier)).id_token ?? '').acr).toBe('mpassid');
  });
});

test('the language switch on the page is remembered through the sign-in', async ({ page }) => {
  await openSignIn(page);
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
  await openSignIn(page, 'en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.en.chooseDoor);
});

test('signing in with the keyboard only', async ({ page }) => {
  const verifier = await openSignIn(page);
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
  expect(jwtClaims((await redeem(page, verifier)).id_token ?? '').given_name).toBe('Mikko');
});

test('cancelling returns access_denied to the client', async ({ page }) => {
  await openSignIn(page);
  await page.getByRole('link', { name: WORDS.fi.mpassid }).click();
  await page.getByRole('button', { name: WORDS.fi.cancel }).click();
  await page.waitForURL(`${client.origin}/auth/callback?**`);
  expect(new URL(page.url()).searchParams.get('error')).toBe('access_denied');
});

test('RP-initiated logout ends the session: the next sign-in shows the login page', async ({
  page,
}) => {
  let verifier = await openSignIn(page);
  await page.getByRole('link', { name: WORDS.fi.suomifi }).click();
  await fillAndSubmit(page, 'fi', 'guardian', 'digione');
  await redeem(page, verifier);

  // Signed in, a new authorization comes straight back with a code.
  verifier = await openSignIn(page);
  await redeem(page, verifier);

  // As the portal asks for it: the client names itself; no ID token in the URL.
  const end = new URL(`${idp.issuer}/session/end`);
  end.searchParams.set('client_id', PORTAL_CLIENT_ID);
  end.searchParams.set('post_logout_redirect_uri', `${client.origin}/`);
  await page.goto(end.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.fi.logout);
  await page.getByRole('button', { name: WORDS.fi.logout }).click();
  await page.waitForURL(`${client.origin}/`);

  await openSignIn(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.fi.chooseDoor);
});

test.describe('every page passes axe', () => {
  for (const locale of LOCALES) {
    test(`in ${locale}`, async ({ page }) => {
      const words = WORDS[locale];
      const verifier = await openSignIn(page, locale);
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
      await redeem(page, verifier);

      const end = new URL(`${idp.issuer}/session/end`);
      end.searchParams.set('client_id', PORTAL_CLIENT_ID);
      end.searchParams.set('ui_locales', locale);
      await page.goto(end.href);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.logout);
      await axe(page);
      await page.getByRole('button', { name: words.logout }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.loggedOut);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await axe(page);

      // An authorization request the provider cannot send back: its own error page.
      const bad = new URL(authorizationUrl(idp.issuer, { redirectUri: 'https://elsewhere.test/' }));
      bad.searchParams.set('ui_locales', locale);
      const response = await page.goto(bad.href);
      expect(response?.status()).toBe(400);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.error);
      await axe(page);

      await page.goto(`${idp.issuer}/interaction/expired-sign-in?lang=${locale}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.expired);
      await axe(page);
    });
  }
});

test('the pages fit a 360 px screen and break no content security rule', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.setViewportSize({ width: 360, height: 740 });
  await openSignIn(page);
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
