/**
 * Which registry entries the person needs now, before the whole registry is checked: the apps the
 * education provider of where they act has enabled at that school, and the app whose route is the
 * address (a deep link, which may be to an app not in use there). Read from the entries as given,
 * unchecked: the check comes after, on just these.
 */
import { routeMatches, SHELL_PAGES } from '../apps/routes.js';
import type { PortalState } from './state.js';
import { enabledSet, placeOf } from './view.js';

/** A stand-in for the place's apps: which school of which provider, or none. */
export type PlaceKey = string | undefined;

/** Where the person acts, as far as the apps in use go (undefined: apps go by role alone). */
export function placeKeyOf(state: PortalState): PlaceKey {
  const place = placeOf(state);
  return place ? `${state.actingAs?.school?.providerId ?? ''}/${place.school}` : undefined;
}

/**
 * A test of the registry's entries the person needs now; undefined when that is every entry: no
 * providers configured, acting without a school, the provider's settings not to be had, or the
 * diagnostics page (which lists the whole registry).
 */
export function entriesInUse(state: PortalState): ((entry: unknown) => boolean) | undefined {
  const place = placeOf(state);
  if (!place || state.path === SHELL_PAGES.diagnostics) return undefined;
  const entry = place.entry;
  // A provider whose settings are not in (their file failed or is on its way): every entry.
  if (entry && entry.status !== 'ready') return undefined;
  // A provider the configuration does not name has no apps.
  const enabled: ReadonlySet<string> = entry ? enabledSet(entry.provider, place.school) : new Set();
  const path = state.path;
  return (item) => {
    if (typeof item !== 'object' || item === null) return false;
    const { id, routes } = item as { id?: unknown; routes?: unknown };
    if (typeof id === 'string' && enabled.has(id)) return true;
    return (
      Array.isArray(routes) &&
      routes.some((route) => typeof route === 'string' && routeMatches(path, route))
    );
  };
}
