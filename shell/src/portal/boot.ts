// The component library registers every DigiOne element the frame and the apps use.
import '@digione/components/define';
import { msg } from '@lit/localize';
import { isLocale, localization, type Locale } from '@digione/components/localization';
import {
  D1AppSelectEvent,
  D1ContextChangeEvent,
  D1LocaleChangeEvent,
  D1SignOutEvent,
} from '@digione/components/events';
import { applyBranding } from '@digione/components/tenants';
import {
  createShellHost,
  type ActingAs,
  type AppManifest,
  type DigiOneUser,
  type ShellHost,
} from '@digione/sdk';
import { ConfigError, loadRuntimeConfig, type RuntimeConfig } from '../config/runtime-config.js';
import { AuthService, type AuthEnvironment } from '../auth/auth-service.js';
import { ShellRetryEvent, ShellSignInEvent } from '../auth/auth-screen.js';
import { AuthError } from '../auth/auth-error.js';
import {
  actingAsChoices,
  forgetActingAs,
  rememberActingAs,
  restoreActingAs,
} from '../auth/acting-as.js';
import { applyLocale } from '../locale/locale.js';
import { activeRoles, allowedApps } from '../apps/access.js';
import type { AppState } from '../apps/app-state.js';
import { DirtyGuard } from '../apps/dirty-guard.js';
import { measureName } from '../apps/perf.js';
import { loadRegistry, type RegistryContents } from '../apps/registry.js';
import { ShellRouter } from '../apps/router.js';
import { ownerOf, resolveRoute, type Route } from '../apps/routes.js';
import { AppRuntime } from '../apps/runtime.js';
import {
  appTitle,
  homeTiles,
  localized,
  navEntries,
  slotWidgets,
  switcherApps,
  tenantFor,
} from '../layout/app-views.js';
import { ShellRegistryRetryEvent } from '../layout/home.js';
import { D1UserMenu } from '@digione/components/user-menu';
import { ShellFeedbackSubmitEvent } from '../pages/feedback.js';
import type { NavItem } from '../layout/nav.js';
import { defineShellElements } from './define.js';
import { paintFrame, storage, type PaintedFrame } from './frame.js';
import type { D1Shell } from './shell-element.js';

/** The running portal, for the page and for tests that start one. */
export interface Portal {
  readonly config: RuntimeConfig;
  readonly auth: AuthService;
  readonly host: ShellHost;
  readonly element: D1Shell;
  /** The single-spa root config: the person's apps, each in its area. */
  readonly apps: AppRuntime;
  readonly router: ShellRouter;
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

/** The last part of every page title. */
const TITLE_SUFFIX = 'DigiOne';

/**
 * Whether this is the shell's production build: Vite sets `import.meta.env.PROD` in `vite build`
 * (false on the development server); unit tests run without Vite, and without `env`.
 */
const PRODUCTION_BUILD =
  (import.meta as ImportMeta & { readonly env?: { readonly PROD?: boolean } }).env?.PROD === true;

/** Host names of this computer. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Starts DigiOne Portal in `doc`: language first (so even a configuration error speaks the
 * person's language), then the runtime configuration, then sign-in; signed in, the app registry,
 * and the apps the person may use registered with single-spa, each in its own area.
 */
export async function bootPortal(
  doc: Document = document,
  options: {
    /** `/config.json` already asked for (the page's entry asks for it while the frame paints). */
    readonly config?: Promise<Response>;
    /** The frame the page's entry painted already (else it is painted here). */
    readonly frame?: PaintedFrame;
  } = {},
): Promise<Portal | undefined> {
  defineShellElements();
  const painted = options.frame ?? (await paintFrame(doc));
  const { element, local } = painted;
  let locale = painted.locale;
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

  // Everything the frame shows follows from these.
  let user: DigiOneUser | null = null;
  let actingAs: ActingAs | null = null;
  let registry: RegistryContents | undefined;
  let registryFailed = false;
  let registryLoading: Promise<void> | undefined;
  /** Cancels the registry load under way (a retry replaces it; the portal's end stops it). */
  let registryRequest: AbortController | undefined;
  /**
   * How strictly the registry is checked: as for production in the production build, except when
   * the portal itself runs on this computer (a local run of the build: the end-to-end tests, a
   * preview), whose apps are on this computer too.
   */
  const registryChecks = {
    production: PRODUCTION_BUILD && !LOCAL_HOSTS.has(win.location.hostname),
    portalOrigin: win.location.origin,
  };
  let allowed: AppManifest[] = [];
  let route: Route = { kind: 'pending' };
  let bootMeasured = false;
  /** Titles apps set for themselves (`context.setTitle`), while they are mounted. */
  const titles = new Map<string, string>();
  /** Counts apps published on `shell:badge` for their navigation entry. */
  const badges = new Map<string, number>();

  await element.updateComplete;
  const auth = new AuthService(settings.auth, {
    ...browserEnvironment(win),
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

  const host = createShellHost({
    locale,
    capabilities: ['widgets', 'iframe'],
    services: {
      getAccessToken: (appId, audience) => auth.getAccessToken(appId, audience),
      navigate: (_appId, path) => {
        void router.navigate(path);
      },
      // An app's toasts and questions are shown as the app's, with its name: never the portal's voice.
      notify: (appId, notification, signal) => {
        const toast = element.toasts?.show({
          source: 'app',
          appName: appNameOf(appId),
          message: notification.message,
          ...(notification.heading === undefined ? {} : { heading: notification.heading }),
          ...(notification.variant === undefined ? {} : { variant: notification.variant }),
          ...(notification.duration === undefined ? {} : { duration: notification.duration }),
        });
        // Nothing of an app outlasts its unmount: its toasts close with it.
        signal?.addEventListener('abort', () => toast?.close(), { once: true });
      },
      confirm: (appId, options, signal) =>
        element.confirmDialog?.ask(options, { app: appNameOf(appId), signal }) ??
        Promise.resolve(false),
      setDirty: (appId, dirty) => {
        guard.setDirty(appId, dirty);
      },
      setTitle: (appId, title) => {
        titles.set(appId, appTitle(title));
        updateTitle();
      },
      setBadge: (appId, count) => {
        if (badges.get(appId) === count) return;
        badges.set(appId, count);
        render();
      },
      reportError: (appId, error) => {
        console.error(`[DigiOne] App "${appId}" reported an error:`, error);
        runtime.noteError(appId, error);
      },
    },
  });

  const runtime: AppRuntime = new AppRuntime({
    host,
    importTimeoutMs: settings.apps.importTimeoutMs,
    lifecycleTimeoutMs: settings.apps.lifecycleTimeoutMs,
    container: element,
    appName: (app) => nameOf(app),
    onStateChange: (app: AppManifest, state: AppState) => {
      // An app that is down holds no unsaved changes and no title any more.
      if (state.status === 'idle' || state.status === 'failed') {
        guard.forget(app.id);
        if (titles.delete(app.id)) updateTitle();
      }
    },
  });

  const router = new ShellRouter({
    win,
    guard,
    appAt: (path) => ownerOf(path, runtime.apps)?.id,
    onRoute: () => {
      render();
      void announce();
      // Apps follow the portal's address through the SDK, whatever the router does.
      host.events.publish('shell:navigated', { path: router.path });
    },
  });
  // Before single-spa starts: its patch holds back popstate listeners added after it.
  router.start();
  element.mountWidget = (appId, widget, domElement) =>
    runtime.mountWidget(appId, widget, domElement);

  function nameOf(app: AppManifest): string {
    return localized(app.name, locale).text;
  }

  /** The name of the app of id `appId`, as its toasts and questions show it. */
  function appNameOf(appId: string): string {
    const app = runtime.apps.find((a) => a.id === appId);
    return app ? nameOf(app) : appId;
  }

  /** Works out what the page shows now, and shows it. */
  function render(): void {
    const signedIn = user !== null;
    route = signedIn
      ? resolveRoute(router.path, {
          known: registry?.apps ?? (settings.registry === undefined ? [] : undefined),
          allowed,
          roles: user ? activeRoles(user, actingAs) : [],
          registryFailed,
        })
      : { kind: 'pending' };
    element.route = route;
    element.path = router.path;
    const appId = route.kind === 'app' ? route.app.id : undefined;
    runtime.show(appId);
    element.currentApp = appId ?? '';

    const home: NavItem = { href: '/', label: msg('Etusivu'), icon: 'home' };
    const admin: NavItem[] =
      user && activeRoles(user, actingAs).includes('admin')
        ? [{ href: '/diagnostiikka', label: msg('Diagnostiikka'), icon: 'settings' }]
        : [];
    element.navItems = [home, ...navEntries(allowed, locale, badges), ...admin];
    element.switcherApps = switcherApps(allowed, locale);
    element.tiles = homeTiles(allowed, locale);
    element.widgets = slotWidgets(allowed, 'home', locale);
    element.appsStatus = registryFailed
      ? 'failed'
      : registry || settings.registry === undefined
        ? 'ready'
        : 'loading';
    element.skipped = registry?.skipped ?? [];
    element.loaded = (registry?.apps ?? []).map((app) => ({
      id: app.id,
      name: nameOf(app),
      isolation: app.isolation,
    }));
    const denied = route.kind === 'no-access' ? route : undefined;
    const deniedApp = denied?.app;
    element.noAccess = denied
      ? {
          service: deniedApp ? nameOf(deniedApp) : msg('Diagnostiikka'),
          canSwitch:
            deniedApp !== undefined &&
            element.choices.some(
              (choice) => choice.id !== actingAs?.id && deniedApp.roles.includes(choice.role),
            ),
        }
      : undefined;
    const tenant = tenantFor(user, actingAs, settings.tenants);
    element.tenant = tenant;
    applyBranding(doc.documentElement, { tenant: tenant?.id ?? 'digione' });
    host.setTenant({ id: tenant?.id ?? 'digione', name: tenant?.name[locale] ?? 'DigiOne' });
    updateTitle();
  }

  /** The document's title: "<app's own title> – <app> – DigiOne", or the page's name. */
  function updateTitle(): void {
    const parts: string[] = [];
    switch (route.kind) {
      case 'app': {
        const own = titles.get(route.app.id);
        if (own) parts.push(own);
        parts.push(nameOf(route.app));
        break;
      }
      case 'home':
        parts.push(msg('Etusivu'));
        break;
      case 'page':
        parts.push(
          {
            accessibility: msg('Saavutettavuusseloste'),
            feedback: msg('Palaute'),
            diagnostics: msg('Diagnostiikka'),
          }[route.page],
        );
        break;
      case 'no-access':
        parts.push(msg('Ei käyttöoikeutta'));
        break;
      case 'not-found':
        parts.push(msg('Sivua ei löytynyt'));
        break;
      case 'registry-error':
        parts.push(msg('Palveluluetteloa ei voitu hakea'));
        break;
      case 'pending':
        break;
    }
    doc.title = [...parts, TITLE_SUFFIX].join(' – ');
  }

  /** After a route change: focus to the new page or app, and its name to the live region. */
  async function announce(): Promise<void> {
    const area = route.kind === 'app' ? runtime.areaOf(route.app.id) : undefined;
    const name = await element.focusRoute(area);
    // Emptied first, so the same name said twice is announced twice.
    element.announcement = '';
    await element.updateComplete;
    element.announcement = name;
  }

  /** The apps the person may use now, registered with single-spa (and no others). */
  function applyAccess(): void {
    allowed = user && registry ? allowedApps(registry.apps, user, actingAs) : [];
    void runtime.setApps(allowed);
    render();
    if (!bootMeasured && user && (registry || registryFailed || !settings.registry)) {
      bootMeasured = true;
      measureBoot();
    }
  }

  /**
   * Loads the registry (bounded in time and size: a failure shows the home page's retry). While a
   * load is under way, asking again joins it; `fresh` (the person's retry) cancels it instead and
   * starts a new one, so a retry never waits on a request that is stuck.
   */
  function fetchRegistry(fresh = false): Promise<void> {
    const url = settings.registry;
    if (url === undefined) {
      console.warn('[DigiOne] /config.json names no app registry ("registry"): no apps run.');
      return Promise.resolve();
    }
    if (registryLoading && !fresh) return registryLoading;
    registryRequest?.abort();
    const request = new AbortController();
    registryRequest = request;
    registryFailed = false;
    render();
    registryLoading = (async () => {
      try {
        const loaded = await loadRegistry(url, {
          fetch: win.fetch.bind(win),
          base: win.location.href,
          signal: request.signal,
          ...registryChecks,
        });
        if (registryRequest !== request) return;
        registry = loaded;
        // Apps may now hear the topics these manifests make public (`events.public`).
        host.setRegistry(loaded.apps);
      } catch (error) {
        // A load that a retry replaced, or the portal's end stopped, fails unseen.
        if (registryRequest !== request) return;
        console.error('[DigiOne] The app registry could not be used:', error);
        registryFailed = true;
      }
      registryRequest = undefined;
      registryLoading = undefined;
      applyAccess();
    })();
    return registryLoading;
  }

  const subscription = auth.state.subscribe((state) => {
    element.auth = state;
    if (state.status === 'signed-in') {
      const choices = actingAsChoices(state.user);
      user = state.user;
      actingAs = restoreActingAs(state.user, local);
      element.choices = choices;
      element.actingAs = actingAs;
      host.setUser(state.user);
      host.setActingAs(actingAs);
      // Signed in on the signed-out page (from another tab): the portal opens at its home page.
      const here = win.location.pathname;
      if (here === settings.auth.postLogoutRedirectPath || here === settings.auth.redirectPath) {
        win.history.replaceState(null, '', '/');
      }
      // Sign-in may have put the deep link back in the address bar.
      router.sync(true);
      runtime.start();
      if (!registry) void fetchRegistry();
      applyAccess();
    } else {
      user = null;
      actingAs = null;
      element.choices = [];
      element.actingAs = null;
      host.setUser(null);
      host.setActingAs(null);
      // Signed out (here or in another tab): no app keeps running.
      applyAccess();
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
    void localization()
      .setLocale(locale)
      .then(() => {
        runtime.relabel();
        render();
      });
  };
  const onContext = (event: Event): void => {
    const state = auth.current;
    if (state.status !== 'signed-in' || !(event instanceof D1ContextChangeEvent)) return;
    const choice = element.choices.find((c: ActingAs) => c.id === event.contextId);
    if (!choice || choice.id === actingAs?.id) return;
    // The user menu shows the new choice already; it goes back if the person stays.
    const menu = event.composedPath()[0];
    void guard.mayLeaveAll().then((leave) => {
      if (leave) {
        switchActingAs(state.user.id, choice);
      } else if (menu instanceof D1UserMenu) {
        menu.activeContext = actingAs?.id ?? '';
      }
    });
  };
  /** Acts in another school, child or role: remembered, handed to every app, access re-applied. */
  const switchActingAs = (userId: string, choice: ActingAs): void => {
    rememberActingAs(userId, choice, local);
    actingAs = choice;
    element.actingAs = choice;
    host.setActingAs(choice);
    // Another role may allow other apps.
    applyAccess();
  };
  const onSignOut = (event: Event): void => {
    event.preventDefault();
    void guard.mayLeaveAll().then((leave) => {
      if (leave) void auth.signOut();
    });
  };
  const onSignIn = (event: Event): void => {
    if (event instanceof ShellSignInEvent) void auth.signIn(event.returnTo, { uiLocale: locale });
  };
  const onRetry = (event: Event): void => {
    if (event instanceof ShellRetryEvent) void auth.retry(event.error);
  };
  const onRegistryRetry = (): void => {
    void fetchRegistry(true);
  };
  const onAppSelect = (event: Event): void => {
    if (!(event instanceof D1AppSelectEvent)) return;
    event.preventDefault();
    void router.navigate(event.href);
  };
  element.addEventListener(D1LocaleChangeEvent.type, onLocale);
  element.addEventListener(D1ContextChangeEvent.type, onContext);
  element.addEventListener(D1SignOutEvent.type, onSignOut);
  element.addEventListener(ShellSignInEvent.type, onSignIn);
  element.addEventListener(ShellRetryEvent.type, onRetry);
  element.addEventListener(ShellRegistryRetryEvent.type, onRegistryRetry);
  const onFeedback = (event: Event): void => {
    if (!(event instanceof ShellFeedbackSubmitEvent)) return;
    const target = settings.feedback;
    if (target === undefined) {
      console.error('[DigiOne] Feedback cannot be sent: /config.json names no "feedback" address.');
      return;
    }
    const sent = win.fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...event.detail, locale, page: win.location.pathname }),
    });
    event.deliver(
      sent.then(
        (response) => response.ok,
        () => false,
      ),
    );
  };
  element.addEventListener(D1AppSelectEvent.type, onAppSelect);
  element.addEventListener(ShellFeedbackSubmitEvent.type, onFeedback);

  await auth.start();

  return {
    config: settings,
    auth,
    host,
    element,
    apps: runtime,
    router,
    dispose() {
      subscription.unsubscribe();
      element.removeEventListener(D1LocaleChangeEvent.type, onLocale);
      element.removeEventListener(D1ContextChangeEvent.type, onContext);
      element.removeEventListener(D1SignOutEvent.type, onSignOut);
      element.removeEventListener(ShellSignInEvent.type, onSignIn);
      element.removeEventListener(ShellRetryEvent.type, onRetry);
      element.removeEventListener(ShellRegistryRetryEvent.type, onRegistryRetry);
      element.removeEventListener(D1AppSelectEvent.type, onAppSelect);
      element.removeEventListener(ShellFeedbackSubmitEvent.type, onFeedback);
      router.dispose();
      registryRequest?.abort();
      registryRequest = undefined;
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
