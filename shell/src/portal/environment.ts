import type { AuthEnvironment } from '../auth/auth-state.js';
import { storage } from './frame.js';

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
 * Whether this is the shell's production build: Vite sets `import.meta.env.PROD` in `vite build`
 * (false on the development server); unit tests run without Vite, and without `env`.
 */
const PRODUCTION_BUILD =
  (import.meta as ImportMeta & { readonly env?: { readonly PROD?: boolean } }).env?.PROD === true;

/** Host names of this computer. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether the app registry is checked as for production: in the production build, except when the
 * portal itself runs on this computer (a local run of the build: the end-to-end tests, a preview),
 * whose apps are on this computer too.
 */
export function productionChecks(win: Window): boolean {
  return PRODUCTION_BUILD && !LOCAL_HOSTS.has(win.location.hostname);
}
