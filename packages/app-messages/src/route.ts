/**
 * The app's own routes under `/viestit`: the inbox, one thread, and a new message. The shell owns
 * the address bar; the app reads it at mount and follows the shell's route changes.
 */

import type { ShellContext, Unsubscribe } from '@digione/sdk';

/** The path prefix the app owns (its manifest's route). */
export const BASE = '/viestit';

export type Route =
  | { readonly view: 'inbox' }
  | { readonly view: 'compose' }
  | { readonly view: 'thread'; readonly id: string };

const INBOX: Route = Object.freeze({ view: 'inbox' });

/** The route of a path under `/viestit`, or undefined for a path outside the app. */
export function routeOf(path: string): Route | undefined {
  const clean = path.replace(/\/+$/, '');
  if (clean === BASE) return INBOX;
  if (!clean.startsWith(`${BASE}/`)) return undefined;
  const rest = clean.slice(BASE.length + 1);
  if (rest === 'uusi') return { view: 'compose' };
  if (/^[A-Za-z0-9_-]{1,64}$/.test(rest)) return { view: 'thread', id: rest };
  return INBOX;
}

/** The path of a route. */
export function pathOf(route: Route): string {
  switch (route.view) {
    case 'inbox':
      return BASE;
    case 'compose':
      return `${BASE}/uusi`;
    case 'thread':
      return `${BASE}/${encodeURIComponent(route.id)}`;
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return pathOf(a) === pathOf(b);
}

/**
 * Follows the portal's address: `onPath` hears every route change the shell announces, and the
 * browser's back and forward (single-spa's history events cover shells that announce nothing).
 */
export function followRoutes(context: ShellContext, onPath: (path: string) => void): Unsubscribe {
  const unsubscribe = context.events.subscribe('shell:navigated', ({ path }) => {
    onPath(path);
  });
  const onPopState = (): void => {
    onPath(window.location.pathname);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

/** A click handler for the app's own links: a plain click goes to the route inside the app. */
export function inAppLink(go: (route: Route) => void): (event: MouseEvent) => void {
  return (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const anchor = event.currentTarget as HTMLAnchorElement;
    const route = routeOf(new URL(anchor.href, window.location.href).pathname);
    if (!route) return;
    event.preventDefault();
    go(route);
  };
}
