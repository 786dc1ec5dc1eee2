/**
 * What the frame shows, computed from the portal's state: `view = frameView(state)`. Pure (its
 * texts in the language the portal's translations are loaded in), so every part of the page is
 * tested without a page.
 */
import { msg } from '@lit/localize';
import type { AppSwitcherApp } from '@digione/components/app-switcher';
import type { Theme } from '@digione/components/tenants';
import type { ActingAs, AppManifest, TenantInfo } from '@digione/sdk';
import { activeRoles, allowedApps } from '../apps/access.js';
import { enabledAt, type ProviderEntry } from '../apps/providers.js';
import type { SkippedApp } from '../apps/registry.js';
import { resolveRoute, type Route } from '../apps/routes.js';
import {
  homeTiles,
  localized,
  navEntries,
  slotWidgets,
  switcherApps,
} from '../layout/app-views.js';
import type { AppsStatus, HomeTile, HomeWidget } from '../layout/home.js';
import type { NavItem } from '../layout/nav.js';
import type { LoadedAppInfo, NoAccessInfo } from '../portal/shell-element.js';
import type { BrandConfig, LocalizedText } from '../config/runtime-config.js';
import { tenantOf, wornBrand, type WornBrand } from '../theme/brand.js';
import { resolveTheme } from '../theme/theme.js';
import type { PortalState } from './state.js';

/** The last part of every page title. */
export const TITLE_SUFFIX = 'DigiOne';

/** Everything the frame shows. */
export interface FrameView {
  readonly route: Route;
  /** The app of the route, whose area is shown. */
  readonly appId: string | undefined;
  readonly navItems: readonly NavItem[];
  readonly switcherApps: AppSwitcherApp[];
  readonly tiles: readonly HomeTile[];
  readonly widgets: readonly HomeWidget[];
  readonly appsStatus: AppsStatus;
  readonly skipped: readonly SkippedApp[];
  readonly loaded: readonly LoadedAppInfo[];
  readonly noAccess: NoAccessInfo | undefined;
  /** What the "not available here" page says (for a route of an app not enabled where one acts). */
  readonly notAvailable: NotAvailableInfo | undefined;
  /**
   * The education provider of the school the person acts in now, once its settings are known
   * (undefined without providers in the configuration, or acting without a school).
   */
  readonly provider: CurrentProvider | undefined;
  /** The brand the portal wears: the provider's, once checked; DigiOne's own when undefined. */
  readonly brand: WornBrand | undefined;
  /** The tenant as apps see it (`context.tenant`). */
  readonly tenant: TenantInfo;
  readonly theme: Theme;
  /** The document's title: "<app's own title> – <app> – DigiOne", or the page's name. */
  readonly title: string;
  /** Signed in with the apps known (or the registry's failure known): the portal stands. */
  readonly settled: boolean;
}

/** The education provider the person acts under now. */
export interface CurrentProvider {
  /** Its id in `/config.json`: business id (Y-tunnus) or OID. */
  readonly id: string;
  readonly name: LocalizedText;
  /** Its brand; DigiOne's when absent. */
  readonly brand: BrandConfig | undefined;
}

/** What the "not available here" page says. */
export interface NotAvailableInfo {
  /** The service's name in the person's language. */
  readonly service: string;
  /** Where the person acts now: "Eetu Mäkelä, Merituulen koulu (Espoo)". */
  readonly where: string;
  /** The person's other acting-as choices where the service is available. */
  readonly choices: readonly { readonly id: string; readonly label: string }[];
}

/**
 * Where a choice of acting-as places the person, as far as apps go: a school and its provider's
 * settings (`entry`: undefined for a provider not in the configuration, which has no apps), or
 * undefined where apps go by role alone (no providers configured, or acting without a school).
 */
export function placeOf(
  state: PortalState,
  choice: ActingAs | null = state.actingAs,
): { readonly school: string; readonly entry: ProviderEntry | undefined } | undefined {
  const school = choice?.school;
  if (!state.providers || !school) return undefined;
  return { school: school.code, entry: state.providers.get(school.providerId) };
}

/** Whether the apps of where the person acts are known, on their way or not to be had. */
export function providerStatus(state: PortalState): AppsStatus {
  const entry = placeOf(state)?.entry;
  if (!entry || entry.status === 'ready') return 'ready';
  return entry.status === 'failed' ? 'failed' : 'loading';
}

/** Whether `app` is enabled where `choice` places the person (their role aside). */
export function enabledFor(
  state: PortalState,
  app: AppManifest,
  choice: ActingAs | null = state.actingAs,
): boolean {
  const place = placeOf(state, choice);
  if (!place) return true;
  return (
    place.entry?.status === 'ready' && enabledSet(place.entry.provider, place.school).has(app.id)
  );
}

const enabledCache = new WeakMap<object, Map<string, ReadonlySet<string>>>();

/** `enabledAt`, computed once per provider's settings and school. */
export function enabledSet(
  provider: Parameters<typeof enabledAt>[0],
  school: string,
): ReadonlySet<string> {
  let bySchool = enabledCache.get(provider);
  if (!bySchool) {
    bySchool = new Map();
    enabledCache.set(provider, bySchool);
  }
  let ids = bySchool.get(school);
  if (!ids) {
    ids = enabledAt(provider, school);
    bySchool.set(school, ids);
  }
  return ids;
}

/** The theme the portal and its apps wear now. */
export function themeOf(state: PortalState): Theme {
  return resolveTheme(state.themePreference, state.device);
}

/** The apps the person's role allows now, wherever enabled (none signed out, or before the registry). */
export function permittedOf(state: PortalState): AppManifest[] {
  return state.user && state.registry
    ? allowedApps(state.registry.apps, state.user, state.actingAs)
    : [];
}

/**
 * The apps the person may use now: their role allows them and the education provider of where
 * they act has them there (none while its settings are not known). Only these are registered.
 */
export function allowedOf(state: PortalState, permitted = permittedOf(state)): AppManifest[] {
  if (!placeOf(state)) return permitted;
  return permitted.filter((app) => enabledFor(state, app));
}

/** The name of `app` in the person's language. */
export function appName(app: AppManifest, state: PortalState): string {
  return localized(app.name, state.locale).text;
}

/** The route the address leads to, for the person signed in (pending until then). */
export function routeOf(
  state: PortalState,
  permitted: readonly AppManifest[] = permittedOf(state),
  allowed: readonly AppManifest[] = allowedOf(state, [...permitted]),
): Route {
  const { user } = state;
  if (!user) return { kind: 'pending' };
  // Until the settings of where the person acts are in, an app's path may yet be theirs.
  const provider = providerStatus(state);
  const registry = state.registry?.apps ?? (state.registryStatus === 'absent' ? [] : undefined);
  return resolveRoute(state.path, {
    known: provider === 'ready' ? registry : undefined,
    allowed,
    permitted,
    roles: activeRoles(user, state.actingAs),
    registryFailed: state.registryStatus === 'failed' || provider === 'failed',
  });
}

/** The page's part of the title, in the portal's language. */
function pageTitle(route: Route, state: PortalState): string[] {
  switch (route.kind) {
    case 'app': {
      const own = state.titles.get(route.app.id);
      return [...(own ? [own] : []), appName(route.app, state)];
    }
    case 'home':
      return [msg('Etusivu')];
    case 'page':
      return [
        {
          accessibility: msg('Saavutettavuusseloste'),
          feedback: msg('Palaute'),
          diagnostics: msg('Diagnostiikka'),
        }[route.page],
      ];
    case 'no-access':
      return [msg('Ei käyttöoikeutta')];
    case 'not-available':
      return [msg('Palvelu ei ole käytössä täällä')];
    case 'not-found':
      return [msg('Sivua ei löytynyt')];
    case 'registry-error':
      return [msg('Palveluluetteloa ei voitu hakea')];
    case 'pending':
      return [];
  }
}

/** What the "no access" page says: the service, and whether another choice of the person opens it. */
function noAccessOf(route: Route, state: PortalState): NoAccessInfo | undefined {
  if (route.kind !== 'no-access') return undefined;
  const app = route.app;
  const current: ActingAs | null = state.actingAs;
  return {
    service: app ? appName(app, state) : msg('Diagnostiikka'),
    canSwitch:
      app !== undefined &&
      state.choices.some((choice) => choice.id !== current?.id && app.roles.includes(choice.role)),
  };
}

/** The provider of where the person acts, once its settings are known. */
function currentProvider(state: PortalState): CurrentProvider | undefined {
  const id = state.actingAs?.school?.providerId;
  const entry = id === undefined ? undefined : state.providers?.get(id);
  if (id === undefined || entry?.status !== 'ready') return undefined;
  return { id, name: entry.provider.name, brand: entry.provider.brand };
}

/** How a choice of acting-as reads: "Eetu Mäkelä, Merituulen koulu (Espoon kaupunki)". */
function choiceLabel(state: PortalState, choice: ActingAs): string {
  const school = choice.school;
  if (!school) return choice.label;
  const entry = state.providers?.get(school.providerId);
  const provider =
    entry?.status === 'ready' ? entry.provider.name[state.locale] : school.providerName;
  const place = choice.kind === 'child' ? `${choice.label}, ${school.name}` : school.name;
  return provider ? `${place} (${provider})` : place;
}

/** What the "not available here" page says: the service, where one acts, and where it is available. */
function notAvailableOf(route: Route, state: PortalState): NotAvailableInfo | undefined {
  if (route.kind !== 'not-available' || !state.actingAs) return undefined;
  const { app } = route;
  const current = state.actingAs;
  return {
    service: appName(app, state),
    where: choiceLabel(state, current),
    choices: state.choices
      .filter(
        (choice) =>
          choice.id !== current.id &&
          app.roles.includes(choice.role) &&
          enabledFor(state, app, choice),
      )
      .map((choice) => ({ id: choice.id, label: choiceLabel(state, choice) })),
  };
}

/** The frame's lists of the apps the person may use now. */
interface AppLists {
  readonly navItems: readonly NavItem[];
  readonly switcherApps: AppSwitcherApp[];
  readonly tiles: readonly HomeTile[];
  readonly widgets: readonly HomeWidget[];
}

/** What the lists are made of: the apps, the language, the badges and the frame's own links. */
interface AppListsInput {
  readonly apps: readonly AppManifest[];
  readonly locale: PortalState['locale'];
  readonly badges: PortalState['badges'];
  readonly home: NavItem;
  readonly admin: NavItem | undefined;
}

let lastLists: { readonly input: AppListsInput; readonly lists: AppLists } | undefined;

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function sameLink(a: NavItem | undefined, b: NavItem | undefined): boolean {
  return a === b || (a?.href === b?.href && a?.label === b?.label);
}

/**
 * The lists of `input.apps` the frame shows, made again only when the apps, the language, the
 * badges or the frame's links change. Any other change of state (a title, a theme, an app's
 * status) keeps the same lists: nothing is sorted again, and the navigation, the switcher and the
 * home page, given the same arrays, do not render again — with hundreds of apps that was most of
 * a boot's rendering.
 */
function appLists(input: AppListsInput): AppLists {
  const last = lastLists?.input;
  if (
    last?.locale === input.locale &&
    last.badges === input.badges &&
    sameLink(last.home, input.home) &&
    sameLink(last.admin, input.admin) &&
    sameItems(last.apps, input.apps) &&
    lastLists
  ) {
    return lastLists.lists;
  }
  const { apps, locale, home, admin } = input;
  const lists: AppLists = {
    navItems: [home, ...navEntries(apps, locale, input.badges), ...(admin ? [admin] : [])],
    switcherApps: switcherApps(apps, locale),
    tiles: homeTiles(apps, locale),
    widgets: slotWidgets(apps, 'home', locale),
  };
  lastLists = { input, lists };
  return lists;
}

let lastLoaded:
  | {
      readonly apps: readonly AppManifest[];
      readonly locale: PortalState['locale'];
      readonly loaded: readonly LoadedAppInfo[];
    }
  | undefined;

/** What the diagnostics page lists of every app of the registry (the same list while they stay). */
function loadedApps(state: PortalState): readonly LoadedAppInfo[] {
  const apps = state.registry?.apps ?? [];
  if (lastLoaded?.apps === apps && lastLoaded.locale === state.locale) return lastLoaded.loaded;
  const loaded = apps.map((app) => ({
    id: app.id,
    name: appName(app, state),
    ...(app.version === undefined ? {} : { version: app.version }),
    isolation: app.isolation,
  }));
  lastLoaded = { apps, locale: state.locale, loaded };
  return loaded;
}

/** What the frame shows for `state`. */
export function frameView(state: PortalState): FrameView {
  const { user, actingAs, locale } = state;
  const permitted = permittedOf(state);
  const allowed = allowedOf(state, permitted);
  const route = routeOf(state, permitted, allowed);
  const home: NavItem = { href: '/', label: msg('Etusivu'), icon: 'home' };
  const admin: NavItem | undefined =
    user && activeRoles(user, actingAs).includes('admin')
      ? { href: '/diagnostiikka', label: msg('Diagnostiikka'), icon: 'settings' }
      : undefined;
  const lists = appLists({ apps: allowed, locale, badges: state.badges, home, admin });
  const current = currentProvider(state);
  const brand = wornBrand(current);
  const provider = providerStatus(state);
  const registry = state.registryStatus;
  const status: AppsStatus =
    registry === 'failed' || provider === 'failed'
      ? 'failed'
      : registry === 'loading' || provider === 'loading'
        ? 'loading'
        : 'ready';
  return {
    route,
    appId: route.kind === 'app' ? route.app.id : undefined,
    ...lists,
    appsStatus: status,
    skipped: state.registry?.skipped ?? [],
    loaded: loadedApps(state),
    noAccess: noAccessOf(route, state),
    notAvailable: notAvailableOf(route, state),
    provider: current,
    brand,
    tenant: tenantOf(brand, locale),
    theme: themeOf(state),
    title: [...pageTitle(route, state), TITLE_SUFFIX].join(' – '),
    settled: user !== null && status !== 'loading',
  };
}
