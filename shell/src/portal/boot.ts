// The component library registers every DigiOne element the frame and the apps use.
import '@digione/components/define';
import { LOCALE_STATUS_EVENT, msg, type LocaleStatusEventDetail } from '@lit/localize';
import { isLocale, localization, type Locale } from '@digione/components/localization';
import {
  D1AppSelectEvent,
  D1ContextChangeEvent,
  D1LocaleChangeEvent,
  D1SignOutEvent,
  D1ThemeChangeEvent,
} from '@digione/components/events';
import { applyBranding } from '@digione/components/tenants';
import { D1UserMenu } from '@digione/components/user-menu';
import type { ShellHost } from '@digione/sdk/host';
import { ConfigError, loadRuntimeConfig, type RuntimeConfig } from '../config/runtime-config.js';
import { AuthService } from '../auth/auth-service.js';
import type { AuthEnvironment } from '../auth/auth-state.js';
import { ShellRetryEvent, ShellSignInEvent } from '../auth/auth-screen.js';
import { AuthError } from '../auth/auth-error.js';
import { forgetActingAs, rememberActingAs, restoreActingAs } from '../auth/acting-as.js';
import { applyLocale } from '../locale/locale.js';
import { DirtyGuard } from '../apps/dirty-guard.js';
import { measureName } from '../apps/perf.js';
import { ShellRouter } from '../apps/router.js';
import { ProviderLoader } from '../apps/provider-loader.js';
import { ownerOf } from '../apps/routes.js';
import { AppRuntime } from '../apps/runtime.js';
import { ShellRegistryRetryEvent } from '../layout/home.js';
import { ShellFeedbackSubmitEvent } from '../pages/feedback.js';
import { initialPortalState, type PortalState } from '../state/state.js';
import { PortalStore } from '../state/store.js';
import { allowedOf, appName, frameView, routeOf, themeOf, type FrameView } from '../state/view.js';
import { readDeviceTheme, watchDeviceTheme } from '../theme/device.js';
import {
  isThemePreference,
  rememberThemePreference,
  savedThemePreference,
} from '../theme/theme.js';
import { defineShellElements } from './define.js';
import { paintFrame, type PaintedFrame } from './frame.js';
import { createPortalHost } from './host.js';
import { browserEnvironment, productionChecks } from './environment.js';
import { renderFrame } from './render.js';
import { sendFeedback } from './send-feedback.js';
import { RegistryLoader, spareMoment } from './registry-loader.js';
import type { D1Shell } from './shell-element.js';

/** The running portal, for the page and for tests that start one. */
export interface Portal {
  readonly config: RuntimeConfig;
  readonly auth: AuthService;
  readonly host: ShellHost;
  readonly element: D1Shell;
  /** The portal's state, from which the page, the frame and the apps' context follow. */
  readonly store: PortalStore;
  /** The single-spa root config: the person's apps, each in its area. */
  readonly apps: AppRuntime;
  readonly router: ShellRouter;
  dispose(): void;
}

/** What starting the portal may be given instead of the browser's own. */
export interface BootOptions {
  /** `/config.json` already asked for (the page's entry asks for it while the frame paints). */
  readonly config?: Promise<Response>;
  /** The frame the page's entry painted already (else it is painted here). */
  readonly frame?: PaintedFrame;
  /**
   * The fetch the registry's loader uses: the entry's hands it the registry asked for as soon as
   * `/config.json` answered (`requestRegistryEarly`). Default: the window's.
   */
  readonly registryFetch?: typeof fetch;
  /** Parts of the auth service's environment to use instead of the browser's (tests). */
  readonly environment?: Partial<AuthEnvironment>;
}

/**
 * Starts DigiOne Portal in `doc`: language first (so even a configuration error speaks the
 * person's language), then the runtime configuration, then sign-in; signed in, the app registry,
 * and the apps the person may use registered with single-spa, each in its own area. Everything
 * the page shows follows from the store's state.
 */
export async function bootPortal(
  doc: Document = document,
  options: BootOptions = {},
): Promise<Portal | undefined> {
  defineShellElements();
  const painted = options.frame ?? (await paintFrame(doc));
  const { element, local } = painted;
  const win = doc.defaultView ?? window;

  let config: RuntimeConfig;
  try {
    const early = options.config;
    config = await loadRuntimeConfig('/config.json', early ? () => early : win.fetch.bind(win));
  } catch (error) {
    // A deployment mistake: tell the person plainly, and the operator exactly (console).
    console.error('[DigiOne] The portal configuration cannot be used:', error);
    element.auth = {
      status: 'error',
      error: new AuthError('config', error instanceof ConfigError ? error.message : String(error)),
    };
    return undefined;
  }
  const settings = config;
  await element.updateComplete;

  const store = new PortalStore(
    initialPortalState({
      locale: painted.locale,
      device: readDeviceTheme(win),
      path: win.location.pathname,
      registry: settings.registry !== undefined,
      providers: settings.providers,
    }),
  );
  const auth = new AuthService(settings.auth, {
    ...browserEnvironment(win),
    ...options.environment,
    // The person's acting-as choice leaves the device with them.
    onForget: () => {
      forgetActingAs(local);
    },
  });
  const guard = new DirtyGuard(() => {
    const dialog = element.confirmDialog;
    if (!dialog) return Promise.resolve(true);
    return dialog.ask({
      heading: msg('Poistutaanko tallentamatta?'),
      message: msg('Palvelussa on tallentamattomia muutoksia. Jos poistut nyt, ne menetetään.'),
      confirmLabel: msg('Poistu tallentamatta'),
      cancelLabel: msg('Jää palveluun'),
      danger: true,
    });
  });

  const host = createPortalHost({
    auth,
    element,
    guard,
    store,
    apps: () => runtime,
    navigate: (path) => {
      void router.navigate(path);
    },
  });

  const runtime: AppRuntime = new AppRuntime({
    host,
    importTimeoutMs: settings.apps.importTimeoutMs,
    lifecycleTimeoutMs: settings.apps.lifecycleTimeoutMs,
    container: element,
    appName: (app) => appName(app, store.current),
    onStateChange: (app, state) => {
      // An app that is down holds no unsaved changes and no title any more.
      if (state.status === 'idle' || state.status === 'failed') {
        guard.forget(app.id);
        store.dispatch({ type: 'app-down', appId: app.id });
      }
    },
  });

  const router = new ShellRouter({
    win,
    guard,
    appAt: (path) => ownerOf(path, runtime.apps)?.id,
    onRoute: () => {
      store.dispatch({ type: 'path', path: router.path });
      void announce();
      // Apps follow the portal's address through the SDK, whatever the router does.
      host.events.publish('shell:navigated', { path: router.path });
    },
  });
  // Before single-spa starts: its patch holds back popstate listeners added after it.
  router.start();
  store.dispatch({ type: 'path', path: router.path });
  element.mountWidget = (appId, widget, domElement) =>
    runtime.mountWidget(appId, widget, domElement);

  const registry = new RegistryLoader(settings.registry, store, {
    fetch: options.registryFetch ?? win.fetch.bind(win),
    base: win.location.href,
    production: productionChecks(win),
    portalOrigin: win.location.origin,
    spare: () => spareMoment(win),
  });
  // Each education provider's own file, fetched when a person first acts in one of its schools.
  const providers = new ProviderLoader(store, {
    fetch: win.fetch.bind(win),
    base: win.location.href,
  });

  /** After a route change: focus to the new page or app, and its name to the live region. */
  async function announce(): Promise<void> {
    const route = routeOf(store.current);
    const area = route.kind === 'app' ? runtime.areaOf(route.app.id) : undefined;
    const name = await element.focusRoute(area);
    // Emptied first, so the same name said twice is announced twice.
    element.announcement = '';
    await element.updateComplete;
    element.announcement = name;
  }

  /**
   * The portal's texts in `locale` are in. Called as @lit/localize announces them, the frame takes
   * the language in the same render as every element that follows the locale, not in one after.
   */
  function translated(locale: Locale): void {
    // A later choice may have overtaken this one: the texts of the latest are awaited.
    if (store.current.locale !== locale || store.current.translated === locale) return;
    runtime.relabel();
    store.dispatch({ type: 'translated', locale });
  }
  const onLocaleStatus = (event: Event): void => {
    const { detail } = event as CustomEvent<LocaleStatusEventDetail>;
    if (detail.status === 'ready' && isLocale(detail.readyLocale)) translated(detail.readyLocale);
  };
  win.addEventListener(LOCALE_STATUS_EVENT, onLocaleStatus);

  // The store's state, followed: the page's language and theme, the apps' context, the frame.
  let shown: PortalState | undefined;
  let view: FrameView | undefined;
  let measured = false;
  const following = store.state.subscribe((state) => {
    const before = shown;
    shown = state;
    if (state.locale !== before?.locale) {
      applyLocale(state.locale, doc, local);
      host.setLocale(state.locale);
    }
    if (state.locale !== state.translated && state.locale !== before?.locale) {
      const locale = state.locale;
      void localization()
        .setLocale(locale)
        .catch((error: unknown) => {
          console.error(`[DigiOne] The portal's texts in "${locale}" could not be loaded:`, error);
        })
        .then(() => {
          translated(locale);
        });
    }
    const theme = themeOf(state);
    if (!before || theme !== themeOf(before)) {
      applyBranding(doc.documentElement, { theme });
      host.setTheme(theme);
    }
    if (state.user !== before?.user) host.setUser(state.user);
    if (state.actingAs !== before?.actingAs) host.setActingAs(state.actingAs);
    // Apps may now hear the topics these manifests make public (`events.public`).
    if (state.registry && state.registry !== before?.registry) {
      host.setRegistry(state.registry.apps);
    }
    if (
      state.user !== before?.user ||
      state.actingAs !== before.actingAs ||
      state.registry !== before.registry ||
      state.providers !== before.providers
    ) {
      // Only the apps the person may use now are registered with single-spa.
      void runtime.setApps(allowedOf(state));
    }
    // While the portal's texts load in a new language, the frame waits for them: it changes once.
    if (state.locale !== state.translated) return;
    const next = frameView(state);
    renderFrame({ doc, element, runtime, host }, state, next, view);
    view = next;
    if (!measured && next.settled) {
      measured = true;
      measureBoot();
    }
  });

  const signingIn = auth.state.subscribe((state) => {
    if (state.status !== 'signed-in') {
      // Signed out (here or in another tab): no app keeps running.
      store.dispatch({ type: 'auth', auth: state });
      return;
    }
    // Signed in on the signed-out page (from another tab): the portal opens at its home page.
    const here = win.location.pathname;
    if (here === settings.auth.postLogoutRedirectPath || here === settings.auth.redirectPath) {
      win.history.replaceState(null, '', '/');
    }
    // Sign-in may have put the deep link back in the address bar: the page opens there.
    router.sync(true);
    store.dispatch({ type: 'path', path: router.path });
    store.dispatch({
      type: 'auth',
      auth: state,
      actingAs: restoreActingAs(state.user, local),
      themePreference: savedThemePreference(state.user.id, local),
    });
    runtime.start();
    if (!store.current.registry) void registry.load();
  });

  const unwatchDevice = watchDeviceTheme(win, (device) => {
    store.dispatch({ type: 'device', device });
  });

  /** What the frame's parts ask for, by event type: added together, removed together. */
  const listeners: Readonly<Record<string, (event: Event) => void>> = {
    [D1LocaleChangeEvent.type]: (event) => {
      if (event instanceof D1LocaleChangeEvent && isLocale(event.locale)) {
        store.dispatch({ type: 'locale', locale: event.locale });
      }
    },
    [D1ThemeChangeEvent.type]: (event) => {
      const { user } = store.current;
      if (!user || !(event instanceof D1ThemeChangeEvent)) return;
      const { preference } = event;
      if (!isThemePreference(preference)) return;
      rememberThemePreference(user.id, preference, local);
      store.dispatch({ type: 'theme-preference', preference });
    },
    [D1ContextChangeEvent.type]: (event) => {
      const { user, choices, actingAs } = store.current;
      if (!user || !(event instanceof D1ContextChangeEvent)) return;
      const choice = choices.find((c) => c.id === event.contextId);
      if (!choice || choice.id === actingAs?.id) return;
      // The user menu shows the new choice already; it goes back if the person stays.
      const menu = event.composedPath()[0];
      void guard.mayLeaveAll().then((leave) => {
        if (leave) {
          // Remembered, handed to every app; another role may allow other apps.
          rememberActingAs(user.id, choice, local);
          store.dispatch({ type: 'acting-as', choice });
        } else if (menu instanceof D1UserMenu) {
          menu.activeContext = store.current.actingAs?.id ?? '';
        }
      });
    },
    [D1SignOutEvent.type]: (event) => {
      event.preventDefault();
      void guard.mayLeaveAll().then((leave) => {
        if (leave) void auth.signOut();
      });
    },
    [ShellSignInEvent.type]: (event) => {
      if (event instanceof ShellSignInEvent) {
        void auth.signIn(event.returnTo, { uiLocale: store.current.locale });
      }
    },
    [ShellRetryEvent.type]: (event) => {
      if (event instanceof ShellRetryEvent) void auth.retry(event.error);
    },
    [ShellRegistryRetryEvent.type]: () => {
      // The list of services is the registry and the settings of where the person acts.
      if (store.current.registryStatus === 'failed') void registry.load(true);
      providers.retry();
    },
    [D1AppSelectEvent.type]: (event) => {
      if (!(event instanceof D1AppSelectEvent)) return;
      event.preventDefault();
      void router.navigate(event.href);
    },
    [ShellFeedbackSubmitEvent.type]: (event) => {
      if (!(event instanceof ShellFeedbackSubmitEvent)) return;
      sendFeedback(event, { target: settings.feedback, win, locale: store.current.locale });
    },
  };
  for (const [type, listener] of Object.entries(listeners)) {
    element.addEventListener(type, listener);
  }

  await auth.start();

  return {
    config: settings,
    auth,
    host,
    element,
    store,
    apps: runtime,
    router,
    dispose() {
      for (const [type, listener] of Object.entries(listeners)) {
        element.removeEventListener(type, listener);
      }
      win.removeEventListener(LOCALE_STATUS_EVENT, onLocaleStatus);
      signingIn.unsubscribe();
      following.unsubscribe();
      unwatchDevice();
      store.complete();
      router.dispose();
      registry.dispose();
      providers.dispose();
      void runtime.dispose();
      auth.dispose();
      host.dispose();
    },
  };
}

/**
 * Ends the boot measure: from the page's start to the frame standing signed in, with the
 * person's apps registered (or the registry's failure shown).
 */
function measureBoot(): void {
  try {
    performance.measure(measureName('shell', 'boot'), { start: 0, end: performance.now() });
  } catch {
    // No Performance API here: nothing to measure.
  }
}

export type { Locale };
