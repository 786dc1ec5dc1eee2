/**
 * Which page the portal shows at a path: its own pages (home, accessibility statement, feedback,
 * diagnostics), an app the person may use, "no access" for an app their role does not allow, "not
 * available here" for one their education provider has not enabled where they act, or "not found". Pure functions, so every decision is tested without a browser.
 */
import type { AppManifest, Role } from '@digione/sdk';

/** The portal's own pages and their paths (Finnish, as the portal's addresses are). */
export const SHELL_PAGES = {
  accessibility: '/saavutettavuus',
  feedback: '/palaute',
  diagnostics: '/diagnostiikka',
} as const;

export type ShellPage = keyof typeof SHELL_PAGES;

/** Paths no app may own: the portal's pages and sign-in's own addresses. */
export const RESERVED_PATHS: readonly string[] = [
  '/',
  ...Object.values(SHELL_PAGES),
  '/auth',
  '/signed-out',
];

/** Roles that may open each of the portal's own pages (absent: everyone signed in). */
const PAGE_ROLES: Partial<Record<ShellPage, readonly Role[]>> = { diagnostics: ['admin'] };

/** What the main area shows. */
export type Route =
  | { readonly kind: 'home' }
  | { readonly kind: 'page'; readonly page: ShellPage }
  | { readonly kind: 'app'; readonly app: AppManifest }
  /** An app (or page) that exists, but not for this person's role. */
  | { readonly kind: 'no-access'; readonly app?: AppManifest; readonly page?: ShellPage }
  /** An app the person's role allows, but the education provider has not enabled where they act. */
  | { readonly kind: 'not-available'; readonly app: AppManifest }
  | { readonly kind: 'not-found' }
  /** The registry is still loading: the path may yet turn out to be an app's. */
  | { readonly kind: 'pending' }
  /** The registry could not be loaded: the path may be an app's; the shell offers a retry. */
  | { readonly kind: 'registry-error' };

/** Whether `path` is inside `route` (equal, or below it at a segment boundary). */
export function routeMatches(path: string, route: string): boolean {
  if (route === '/') return path === '/';
  const prefix = route.endsWith('/') ? route.slice(0, -1) : route;
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The app whose routes hold `path`, if any. */
export function ownerOf(path: string, apps: readonly AppManifest[]): AppManifest | undefined {
  return apps.find((app) => app.routes.some((route) => routeMatches(path, route)));
}

export interface RouteInput {
  /** Every valid app of the registry; undefined while it loads. */
  readonly known: readonly AppManifest[] | undefined;
  /** The apps this person may use now (their roles and acting-as, and where they act). */
  readonly allowed: readonly AppManifest[];
  /**
   * The apps their role allows, wherever enabled: one of these outside `allowed` is not enabled
   * where they act now ("not available here", not "no access"). Default: `allowed`.
   */
  readonly permitted?: readonly AppManifest[];
  /** The roles the person acts in now (for the portal's own restricted pages). */
  readonly roles: readonly Role[];
  /** The registry could not be loaded. */
  readonly registryFailed?: boolean;
}

/** Decides what the main area shows at `path`. */
export function resolveRoute(path: string, input: RouteInput): Route {
  const clean = normalizePath(path);
  if (clean === '/') return { kind: 'home' };
  for (const [page, pagePath] of Object.entries(SHELL_PAGES) as [ShellPage, string][]) {
    if (!routeMatches(clean, pagePath)) continue;
    const roles = PAGE_ROLES[page];
    if (roles && !roles.some((role) => input.roles.includes(role))) {
      return { kind: 'no-access', page };
    }
    return clean === pagePath ? { kind: 'page', page } : { kind: 'not-found' };
  }
  const allowed = ownerOf(clean, input.allowed);
  if (allowed) return { kind: 'app', app: allowed };
  if (input.known === undefined) {
    return input.registryFailed ? { kind: 'registry-error' } : { kind: 'pending' };
  }
  const known = ownerOf(clean, input.known);
  if (known && input.permitted?.includes(known)) return { kind: 'not-available', app: known };
  if (known) return { kind: 'no-access', app: known };
  return input.registryFailed ? { kind: 'registry-error' } : { kind: 'not-found' };
}

/** `/hello/` and `/hello` are one page; an empty path is the home page. */
export function normalizePath(path: string): string {
  if (path === '' || path === '/') return '/';
  return path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') || '/' : path;
}
