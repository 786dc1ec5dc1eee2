/**
 * What the frame shows, computed from the portal's state: `view = frameView(state)`. Pure (its
 * texts in the language the portal's translations are loaded in), so every part of the page is
 * tested without a page.
 */
import { msg } from '@lit/localize';
import type { AppSwitcherApp } from '@digione/components/app-switcher';
import type { Tenant, Theme } from '@digione/components/tenants';
import type { ActingAs, AppManifest } from '@digione/sdk';
import { activeRoles, allowedApps } from '../apps/access.js';
import type { SkippedApp } from '../apps/registry.js';
import { resolveRoute, type Route } from '../apps/routes.js';
import {
  homeTiles,
  localized,
  navEntries,
  slotWidgets,
  switcherApps,
  tenantFor,
} from '../layout/app-views.js';
import type { AppsStatus, HomeTile, HomeWidget } from '../layout/home.js';
import type { NavItem } from '../layout/nav.js';
import type { LoadedAppInfo, NoAccessInfo } from '../portal/shell-element.js';
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
  /** The tenant whose brand the portal wears (DigiOne's own when undefined). */
  readonly tenant: Tenant | undefined;
  /** The tenant as apps see it (`context.tenant`). */
  readonly brand: { readonly id: string; readonly name: string };
  readonly theme: Theme;
  /** The document's title: "<app's own title> – <app> – DigiOne", or the page's name. */
  readonly title: string;
  /** Signed in with the apps known (or the registry's failure known): the portal stands. */
  readonly settled: boolean;
}

/** The theme the portal and its apps wear now. */
export function themeOf(state: PortalState): Theme {
  return resolveTheme(state.themePreference, state.device);
}

/** The apps the person may use now (none signed out, or before the registry is in). */
export function allowedOf(state: PortalState): AppManifest[] {
  return state.user && state.registry
    ? allowedApps(state.registry.apps, state.user, state.actingAs)
    : [];
}

/** The name of `app` in the person's language. */
export function appName(app: AppManifest, state: PortalState): string {
  return localized(app.name, state.locale).text;
}

/** The route the address leads to, for the person signed in (pending until then). */
export function routeOf(
  state: PortalState,
  allowed: readonly AppManifest[] = allowedOf(state),
): Route {
  const { user } = state;
  if (!user) return { kind: 'pending' };
  return resolveRoute(state.path, {
    known: state.registry?.apps ?? (state.registryStatus === 'absent' ? [] : undefined),
    allowed,
    roles: activeRoles(user, state.actingAs),
    registryFailed: state.registryStatus === 'failed',
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

/**
 * What the frame shows for `state`; `tenants` maps education providers to tenants (from the
 * runtime configuration).
 */
export function frameView(
  state: PortalState,
  tenants: Readonly<Record<string, string>>,
): FrameView {
  const { user, actingAs, locale } = state;
  const allowed = allowedOf(state);
  const route = routeOf(state, allowed);
  const home: NavItem = { href: '/', label: msg('Etusivu'), icon: 'home' };
  const admin: NavItem[] =
    user && activeRoles(user, actingAs).includes('admin')
      ? [{ href: '/diagnostiikka', label: msg('Diagnostiikka'), icon: 'settings' }]
      : [];
  const tenant = tenantFor(user, actingAs, tenants);
  const status = state.registryStatus;
  return {
    route,
    appId: route.kind === 'app' ? route.app.id : undefined,
    navItems: [home, ...navEntries(allowed, locale, state.badges), ...admin],
    switcherApps: switcherApps(allowed, locale),
    tiles: homeTiles(allowed, locale),
    widgets: slotWidgets(allowed, 'home', locale),
    appsStatus: status === 'failed' ? 'failed' : status === 'loading' ? 'loading' : 'ready',
    skipped: state.registry?.skipped ?? [],
    loaded: (state.registry?.apps ?? []).map((app) => ({
      id: app.id,
      name: appName(app, state),
      isolation: app.isolation,
    })),
    noAccess: noAccessOf(route, state),
    tenant,
    brand: { id: tenant?.id ?? 'digione', name: tenant?.name[locale] ?? 'DigiOne' },
    theme: themeOf(state),
    title: [...pageTitle(route, state), TITLE_SUFFIX].join(' – '),
    settled: user !== null && status !== 'loading',
  };
}
