/**
 * What the specs of the local identity provider's pages share: the words a person sees in each
 * language, a provider with a tiny client (the portal's stand-in) started for a spec file, and
 * the client's side of a sign-in: opening the authorization, filling the form, redeeming the code.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  PORTAL_CLIENT_ID,
  portalClient,
  startIdentityProvider,
  type Locale,
  type RunningIdentityProvider,
} from '@digione/dev-idp';
import {
  authorizationUrl,
  pkce,
  startClientServer,
  tokenRequest,
  type TokenResponse,
} from '@digione/dev-idp/testing';

export const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

/** The words a person sees, written out here so the tests do not read the catalogue they check. */
export const WORDS = {
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

/** Fills the login form in `locale` and submits it. */
export async function fillAndSubmit(
  page: Page,
  locale: Locale,
  username: string,
  password: string,
): Promise<void> {
  await page.getByLabel(WORDS[locale].username).fill(username);
  await page.getByLabel(WORDS[locale].password).fill(password);
  await page.getByRole('button', { name: WORDS[locale].signIn }).click();
}

/** The provider and its client, for the tests of one spec file. */
export interface LoginPages {
  readonly issuer: string;
  /** The client's origin: its callback is `<origin>/auth/callback`. */
  readonly clientOrigin: string;
  /** Opens a fresh authorization request; returns the PKCE verifier to redeem the code with. */
  openSignIn(page: Page, uiLocales?: Locale): Promise<string>;
  /** Waits for the redirect back to the client and redeems its code. */
  redeem(page: Page, verifier: string): Promise<TokenResponse>;
  /** The provider's end-session address for the portal's client, with `params`. */
  logoutUrl(params: Record<string, string>): string;
}

/**
 * Starts a provider whose portal client is a tiny client server before the spec file's tests,
 * and stops both after them.
 */
export function useLoginPages(): LoginPages {
  let idp: RunningIdentityProvider | undefined;
  let client: Awaited<ReturnType<typeof startClientServer>> | undefined;
  test.beforeAll(async () => {
    client = await startClientServer();
    idp = await startIdentityProvider({ log: false, clients: [portalClient([client.origin])] });
  });
  test.afterAll(async () => {
    await idp?.stop();
    await client?.stop();
  });
  const running = (): { issuer: string; origin: string } => {
    if (!idp || !client) throw new Error('the provider starts before the tests; use it in one');
    return { issuer: idp.issuer, origin: client.origin };
  };
  const redirectUri = (): string => `${running().origin}/auth/callback`;
  return {
    get issuer() {
      return running().issuer;
    },
    get clientOrigin() {
      return running().origin;
    },
    async openSignIn(page, uiLocales) {
      const { verifier, challenge } = pkce();
      await page.goto(
        authorizationUrl(running().issuer, {
          redirectUri: redirectUri(),
          challenge,
          ...(uiLocales ? { uiLocales } : {}),
        }),
      );
      return verifier;
    },
    async redeem(page, verifier) {
      await page.waitForURL(`${running().origin}/auth/callback?**`);
      const code = new URL(page.url()).searchParams.get('code');
      expect(code).toBeTruthy();
      const { status, body } = await tokenRequest(running().issuer, {
        grant_type: 'authorization_code',
        code: code ?? '',
        code_verifier: verifier,
        redirect_uri: redirectUri(),
      });
      expect(status).toBe(200);
      return body;
    },
    logoutUrl(params) {
      const end = new URL(`${running().issuer}/session/end`);
      end.searchParams.set('client_id', PORTAL_CLIENT_ID);
      for (const [name, value] of Object.entries(params)) end.searchParams.set(name, value);
      return end.href;
    },
  };
}
