import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { D1LocaleChangeEvent, D1ThemeChangeEvent } from '@digione/components/events';
import { LOCALE_STORAGE_KEY } from '../locale/locale.js';
import { themeStorageKey } from '../theme/theme.js';
import { teacherClaims } from '../auth/test-support.js';
import { waitFor } from '../../../test/support/unit-wait.js';
import { bootPortal, type Portal } from './boot.js';
import { paintFrame } from './frame.js';
import type { D1Shell } from './shell-element.js';

/*
 * The portal started as the page starts it, in Chromium: a stubbed /config.json, and the auth
 * service's environment with the person already signed in (kept in sessionStorage, as after a
 * reload) or at the signed-out page.
 */

const ISSUER = 'https://idp.test';
const CLIENT = 'digione-portal';
const ORIGIN = window.location.origin;
const PERSON = 'boot-test-teacher';

/** /config.json as the operator writes it (no registry: the portal runs without apps). */
function config(auth: Record<string, unknown> = {}): Promise<Response> {
  return Promise.resolve(
    Response.json({ auth: { authority: ISSUER, clientId: CLIENT, userStore: 'session', ...auth } }),
  );
}

/** The person as oidc-client-ts keeps them in sessionStorage, signed in until ten minutes on. */
function keepSignedIn(): void {
  const now = Math.floor(Date.now() / 1000);
  sessionStorage.setItem(
    `digione.auth.user:${ISSUER}:${CLIENT}`,
    JSON.stringify({
      id_token: 'id-token',
      access_token: 'access-token',
      token_type: 'Bearer',
      scope: 'openid profile',
      expires_at: now + 600,
      profile: teacherClaims(ISSUER, CLIENT, PERSON, now),
    }),
  );
}

/** Starts the portal at `path` of the portal (the auth service's view of the address). */
function boot(
  path: string,
  options: { config?: Promise<Response> } = {},
): Promise<Portal | undefined> {
  return bootPortal(document, {
    config: options.config ?? config(),
    environment: {
      origin: ORIGIN,
      currentUrl: () => ORIGIN + path,
      replaceUrl: () => undefined,
      redirect: () => undefined,
      locks: undefined,
      channel: undefined,
      sessionStorage,
    },
  });
}

function shell(): D1Shell {
  const element = document.querySelector('d1-shell');
  if (!element) throw new Error('no <d1-shell> on the page');
  return element;
}

/** The heading of the sign-in screen. */
function authHeading(): string {
  const screen = shell().shadowRoot?.querySelector('d1-shell-auth-screen');
  return screen?.shadowRoot?.querySelector('h1')?.textContent.trim() ?? '';
}

const theme = (): string | undefined => document.documentElement.dataset.d1Theme;

/**
 * Once the colours' transitions after a change of theme have ended, in every shadow root too (axe
 * reads colours).
 */
async function settled(root: Document | ShadowRoot = document): Promise<void> {
  const roots = [...root.querySelectorAll('*')].flatMap((el) => el.shadowRoot ?? []);
  await Promise.all([
    // A transition cut short by a newer one (or its element leaving) ends too: its promise rejects.
    ...root.getAnimations().map((animation) => animation.finished.catch(() => undefined)),
    ...roots.map((shadow) => settled(shadow)),
  ]);
}

describe('bootPortal', () => {
  let portal: Portal | undefined;

  beforeEach(() => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fi');
  });

  afterEach(async () => {
    portal?.dispose();
    portal = undefined;
    document.querySelector('d1-shell')?.remove();
    sessionStorage.clear();
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    localStorage.removeItem(themeStorageKey(PERSON));
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('when the configuration cannot be used', () => {
    it('says so on the page, in the frame', async () => {
      portal = await boot('/', { config: Promise.resolve(Response.json({ auth: {} })) });
      expect(portal).to.equal(undefined);
      const state = shell().auth;
      expect(state.status === 'error' && state.error.kind).to.equal('config');
      await shell().updateComplete;
      await waitFor(() => authHeading() !== '', 'the error screen');
      expect(authHeading()).to.equal('Portaalin asetuksia ei voitu lukea');
      await expect(shell()).to.be.accessible();
    });
  });

  describe('when signed out', () => {
    it("shows the sign-in screen in the device's theme, and follows the device", async () => {
      await emulateMedia({ colorScheme: 'dark' });
      portal = await boot('/signed-out');
      await waitFor(() => authHeading() === 'Olet kirjautunut ulos', 'the signed-out screen');
      expect(theme()).to.equal('dark');
      expect(portal?.host.state.theme.value).to.equal('dark');
      await emulateMedia({ colorScheme: 'light' });
      await waitFor(() => theme() === 'light', 'the light theme');
      expect(portal?.host.state.theme.value).to.equal('light');
      await settled();
      await expect(shell()).to.be.accessible();
    });
  });

  describe('when signed in', () => {
    it("wears the person's remembered theme; their choice applies at once and is kept", async () => {
      await emulateMedia({ colorScheme: 'dark' });
      localStorage.setItem(themeStorageKey(PERSON), 'high-contrast');
      keepSignedIn();
      portal = await boot('/');
      expect(shell().auth.status).to.equal('signed-in');
      expect(theme()).to.equal('high-contrast');
      expect(portal?.host.state.theme.value).to.equal('high-contrast');
      await shell().updateComplete;
      const menu = shell().shadowRoot?.querySelector('d1-user-menu');
      expect(menu?.themePreference).to.equal('high-contrast');

      menu?.dispatchEvent(new D1ThemeChangeEvent('system'));
      expect(theme()).to.equal('dark');
      expect(portal?.host.state.theme.value).to.equal('dark');
      expect(localStorage.getItem(themeStorageKey(PERSON))).to.equal('system');
      await shell().updateComplete;
      expect(menu?.themePreference).to.equal('system');
    });

    it('has one home for the language: the page, the frame, the apps and storage follow it', async () => {
      keepSignedIn();
      portal = await boot('/');
      expect(document.title).to.equal('Etusivu – DigiOne');
      shell().dispatchEvent(new D1LocaleChangeEvent('sv'));
      expect(portal?.store.current.locale).to.equal('sv');
      expect(document.documentElement.lang).to.equal('sv');
      expect(portal?.host.state.locale.value).to.equal('sv');
      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('sv');
      // The frame takes the language with its texts.
      await waitFor(() => document.title === 'Startsida – DigiOne', 'the Swedish title');
      expect(shell().locale).to.equal('sv');
      // A language DigiOne does not speak changes nothing.
      shell().dispatchEvent(new D1LocaleChangeEvent('de'));
      expect(portal?.store.current.locale).to.equal('sv');
    });

    it('renders the frame once for a language whose texts are loaded, already in that language', async () => {
      keepSignedIn();
      portal = await boot('/');
      for (const [locale, title] of [
        ['sv', 'Startsida – DigiOne'],
        ['fi', 'Etusivu – DigiOne'],
      ] as const) {
        shell().dispatchEvent(new D1LocaleChangeEvent(locale));
        await waitFor(() => document.title === title, `the title in ${locale}`);
      }
      await shell().updateComplete;
      const element = shell() as unknown as { update(changed: unknown): void; locale: string };
      const renders: string[] = [];
      const update = element.update.bind(element);
      element.update = (changed) => {
        renders.push(element.locale);
        update(changed);
      };
      shell().dispatchEvent(new D1LocaleChangeEvent('sv'));
      await waitFor(() => document.title === 'Startsida – DigiOne', 'the Swedish title again');
      await shell().updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(renders).to.deep.equal(['sv']);
    });
  });

  it('stops listening when disposed: every listener it added is removed', async () => {
    const frame = await paintFrame(document);
    const added = new Set<string>();
    const element = frame.element;
    const add = element.addEventListener.bind(element);
    const remove = element.removeEventListener.bind(element);
    element.addEventListener = (type: string, listener: EventListenerOrEventListenerObject) => {
      added.add(type);
      add(type, listener);
    };
    element.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject) => {
      added.delete(type);
      remove(type, listener);
    };
    keepSignedIn();
    portal = await bootPortal(document, {
      frame,
      config: config(),
      environment: {
        origin: ORIGIN,
        currentUrl: () => `${ORIGIN}/`,
        locks: undefined,
        channel: undefined,
        sessionStorage,
      },
    });
    expect(added.size).to.be.greaterThan(5);
    portal?.dispose();
    expect([...added]).to.deep.equal([]);
    // Neither the person's choices nor the device reach the page any more.
    element.dispatchEvent(new D1LocaleChangeEvent('en'));
    expect(document.documentElement.lang).to.equal('fi');
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const changed = new Promise((resolve) => {
      dark.addEventListener('change', resolve, { once: true });
    });
    await emulateMedia({ colorScheme: 'dark' });
    await changed;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(theme()).to.equal('light');
    portal = undefined;
  });
});
