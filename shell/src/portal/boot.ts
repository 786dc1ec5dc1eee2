import { isLocale, localization, type Locale } from '@digione/components/localization';
import {
  D1ContextChangeEvent,
  D1LocaleChangeEvent,
  D1SignOutEvent,
} from '@digione/components/events';
import { createShellHost, type ActingAs, type ShellHost } from '@digione/sdk';
import { ConfigError, loadRuntimeConfig, type RuntimeConfig } from '../config/runtime-config.js';
import { AuthService, type AuthEnvironment } from '../auth/auth-service.js';
import { ShellRetryEvent, ShellSignInEvent } from '../auth/auth-screen.js';
import { AuthError } from '../auth/auth-error.js';
import { actingAsChoices, rememberActingAs, restoreActingAs } from '../auth/acting-as.js';
import { applyLocale, initialLocale, savedLocale } from '../locale/locale.js';
import { addShellTranslations } from '../localization/translations.js';
import { defineShellElements } from './define.js';
import type { D1Shell } from './shell-element.js';

/** The running portal, for the page and for tests that start one. */
export interface Portal {
  readonly config: RuntimeConfig;
  readonly auth: AuthService;
  readonly host: ShellHost;
  readonly element: D1Shell;
  dispose(): void;
}

/** The browser as the auth service meets it. */
export function browserEnvironment(win: Window = window): AuthEnvironment {
  return {
    origin: win.location.origin,
    currentUrl: () => win.location.href,
    replaceUrl: (path) => {
      win.history.replaceState(null, '', path);
    },
    redirect: (url) => {
      win.location.assign(url);
    },
    fetch: win.fetch.bind(win),
    locks: 'locks' in win.navigator ? win.navigator.locks : undefined,
    channel: 'BroadcastChannel' in win ? new BroadcastChannel('digione.auth') : undefined,
    sessionStorage: storage(() => win.sessionStorage),
    now: () => Date.now(),
  };
}

/**
 * Starts DigiOne Portal in `doc`: language first (so even a configuration error speaks the
 * person's language), then the runtime configuration, then sign-in, then the shared context.
 */
export async function bootPortal(doc: Document = document): Promise<Portal | undefined> {
  defineShellElements();
  addShellTranslations();
  const win = doc.defaultView ?? window;
  const local = storage(() => win.localStorage);
  let locale = initialLocale(savedLocale(local), win.navigator.languages);
  applyLocale(locale, doc, local);
  await localization().setLocale(locale);

  const element =
    doc.querySelector('d1-shell') ?? doc.body.appendChild(doc.createElement('d1-shell'));
  element.locale = locale;

  let config: RuntimeConfig;
  try {
    config = await loadRuntimeConfig('/config.json', win.fetch.bind(win));
  } catch (error) {
    // A deployment mistake: tell the person plainly, and the operator exactly (console).
    console.error('[DigiOne] The portal configuration cannot be used:', error);
    element.auth = {
      status: 'error',
      error: new AuthError('config', error instanceof ConfigError ? error.message : String(error)),
    };
    return undefined;
  }

  const auth = new AuthService(config.auth, browserEnvironment(win));
  const host = createShellHost({
    locale,
    services: {
      getAccessToken: (_appId, audience) => auth.getAccessToken(audience),
      reportError: (appId, error) => {
        console.error(`[DigiOne] ${appId}:`, error);
      },
    },
  });
  element.sessionWarningSeconds = config.auth.sessionWarningSeconds;

  const subscription = auth.state.subscribe((state) => {
    element.auth = state;
    if (state.status === 'signed-in') {
      const choices = actingAsChoices(state.user);
      const acting = restoreActingAs(state.user, local);
      element.choices = choices;
      element.actingAs = acting;
      host.setUser(state.user);
      host.setActingAs(acting);
      const title = doc.title;
      void element.updateComplete.then(() => {
        if (doc.title === title) element.focusMain();
      });
    } else {
      element.choices = [];
      element.actingAs = null;
      host.setUser(null);
      host.setActingAs(null);
    }
  });

  const onLocale = (event: Event): void => {
    if (!(event instanceof D1LocaleChangeEvent)) return;
    const next = event.locale;
    if (!isLocale(next) || next === locale) return;
    locale = next;
    applyLocale(locale, doc, local);
    element.locale = locale;
    host.setLocale(locale);
    void localization().setLocale(locale);
  };
  const onContext = (event: Event): void => {
    const state = auth.current;
    if (state.status !== 'signed-in' || !(event instanceof D1ContextChangeEvent)) return;
    const choice = element.choices.find((c: ActingAs) => c.id === event.contextId);
    if (!choice) return;
    rememberActingAs(state.user.id, choice, local);
    element.actingAs = choice;
    host.setActingAs(choice);
  };
  const onSignOut = (event: Event): void => {
    event.preventDefault();
    void auth.signOut();
  };
  const onSignIn = (event: Event): void => {
    if (event instanceof ShellSignInEvent) void auth.signIn(event.returnTo, { uiLocale: locale });
  };
  const onRetry = (event: Event): void => {
    if (event instanceof ShellRetryEvent) void auth.retry(event.error);
  };
  element.addEventListener(D1LocaleChangeEvent.type, onLocale);
  element.addEventListener(D1ContextChangeEvent.type, onContext);
  element.addEventListener(D1SignOutEvent.type, onSignOut);
  element.addEventListener(ShellSignInEvent.type, onSignIn);
  element.addEventListener(ShellRetryEvent.type, onRetry);

  await auth.start();

  return {
    config,
    auth,
    host,
    element,
    dispose() {
      subscription.unsubscribe();
      element.removeEventListener(D1LocaleChangeEvent.type, onLocale);
      element.removeEventListener(D1ContextChangeEvent.type, onContext);
      element.removeEventListener(D1SignOutEvent.type, onSignOut);
      element.removeEventListener(ShellSignInEvent.type, onSignIn);
      element.removeEventListener(ShellRetryEvent.type, onRetry);
      auth.dispose();
      host.dispose();
    },
  };
}

/** Web storage, where the browser allows it (privacy modes and sandboxed frames may refuse). */
function storage(get: () => Storage): Storage | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

export type { Locale };
