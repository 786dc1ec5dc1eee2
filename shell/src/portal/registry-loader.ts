import { EMPTY, filter, firstValueFrom, fromEvent, map, takeUntil, type Observable } from 'rxjs';
import {
  fetchRegistry,
  readRegistry,
  readRegistryPart,
  type LoadRegistryOptions,
} from '../apps/registry.js';
import { ownerOf } from '../apps/routes.js';
import { entriesInUse, placeKeyOf } from '../state/in-use.js';
import type { PortalState } from '../state/state.js';
import type { PortalStore } from '../state/store.js';
import { providerStatus } from '../state/view.js';

/** Options of the registry's loader: how it fetches and checks, and when the page has time. */
export interface RegistryLoaderOptions extends Omit<LoadRegistryOptions, 'signal'> {
  /**
   * Resolves when the page has a moment to spare after the person's apps are registered (their
   * first route mounted): the rest of the registry is checked then. Default: at once.
   */
  readonly spare?: () => Promise<void>;
}

/**
 * Loads the app registry into the store (bounded in time and size: a failure shows the home
 * page's retry). While a load is under way, asking again joins it; `fresh` (the person's retry)
 * cancels it instead and starts a new one, so a retry never waits on a request that is stuck.
 *
 * A national registry lists hundreds of apps, and checking every manifest is the larger part of
 * its cost: the entries the person needs where they act (`entriesInUse`) are checked first and
 * their apps start; the whole registry is checked when the page has time (`spare`), or at once
 * when the person moves to another school or child, or opens the diagnostics page. The whole
 * registry's result replaces the first, so what runs is always what the full check allows.
 */
export class RegistryLoader {
  readonly #url: string | undefined;
  readonly #store: PortalStore;
  readonly #options: RegistryLoaderOptions;
  #loading: Promise<void> | undefined;
  /** Cancels the load under way (a retry replaces it; `dispose` stops it). */
  #request: AbortController | undefined;

  constructor(url: string | undefined, store: PortalStore, options: RegistryLoaderOptions) {
    this.#url = url;
    this.#store = store;
    this.#options = options;
  }

  load(fresh = false): Promise<void> {
    const url = this.#url;
    if (url === undefined) {
      console.warn('[DigiOne] /config.json names no app registry ("registry"): no apps run.');
      return Promise.resolve();
    }
    if (this.#loading && !fresh) return this.#loading;
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.#store.dispatch({ type: 'registry-loading' });
    this.#loading = (async () => {
      try {
        const body = await fetchRegistry(url, { ...this.#options, signal: request.signal });
        if (this.#request !== request) return;
        const wanted = await this.#wanted(request.signal);
        if (this.#request !== request) return;
        if (wanted) {
          const part = readRegistryPart(body, wanted.test, this.#options);
          this.#store.dispatch({ type: 'registry-loaded', registry: part });
          await this.#whole(wanted.place, request.signal);
          if (this.#request !== request) return;
        }
        const registry = readRegistry(body, this.#options.log, this.#options);
        this.#store.dispatch({ type: 'registry-loaded', registry });
      } catch (error) {
        // A load that a retry replaced, or the portal's end stopped, fails unseen.
        if (this.#request !== request) return;
        console.error('[DigiOne] The app registry could not be used:', error);
        this.#store.dispatch({ type: 'registry-failed' });
      }
      this.#request = undefined;
      this.#loading = undefined;
    })();
    return this.#loading;
  }

  dispose(): void {
    this.#request?.abort();
    this.#request = undefined;
  }

  /**
   * The entries to check first, once the settings of where the person acts are in (their apps
   * wait for those anyway); undefined when that is the whole registry.
   */
  async #wanted(
    signal: AbortSignal,
  ): Promise<{ test: (entry: unknown) => boolean; place: string | undefined } | undefined> {
    const known = (state: PortalState): boolean => providerStatus(state) !== 'loading';
    const state = known(this.#store.current)
      ? this.#store.current
      : await firstValueFrom(until(this.#store.state.pipe(filter(known)), signal), {
          defaultValue: undefined,
        });
    if (!state) return undefined;
    const test = entriesInUse(state);
    return test ? { test, place: placeKeyOf(state) } : undefined;
  }

  /**
   * Resolves when the whole registry is to be checked: the page has time, or it is needed now —
   * the person acts elsewhere, opens the diagnostics page, or goes to an address none of the apps
   * checked so far owns (it may be another app's, not in use here).
   */
  async #whole(place: string | undefined, signal: AbortSignal): Promise<void> {
    const path = this.#store.current.path;
    const needed = this.#store.state.pipe(
      filter(
        (state) =>
          placeKeyOf(state) !== place ||
          entriesInUse(state) === undefined ||
          (state.path !== path && !ownerOf(state.path, state.registry?.apps ?? [])),
      ),
      map(() => undefined),
    );
    const spare = this.#options.spare?.() ?? Promise.resolve();
    await Promise.race([spare, firstValueFrom(until(needed, signal), { defaultValue: undefined })]);
  }
}

/** `source`, ending when `signal` aborts. */
function until<T>(source: Observable<T>, signal: AbortSignal): Observable<T> {
  return signal.aborted ? EMPTY : source.pipe(takeUntil(fromEvent(signal, 'abort')));
}

/** How long the whole registry's check waits at most for the person's first route to mount. */
const SPARE_WAIT_MS = 3000;

/**
 * A moment to spare on `win`'s page: after single-spa's next route change has run (the person's
 * apps registered and the route's app mounted), or a few seconds at most, when the browser is
 * idle.
 */
export function spareMoment(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const idle = (): void => {
      win.removeEventListener('single-spa:routing-event', idle);
      win.clearTimeout(timer);
      if (typeof win.requestIdleCallback === 'function') {
        win.requestIdleCallback(
          () => {
            resolve();
          },
          { timeout: SPARE_WAIT_MS },
        );
      } else {
        win.setTimeout(resolve, 0);
      }
    };
    const timer = win.setTimeout(idle, SPARE_WAIT_MS);
    win.addEventListener('single-spa:routing-event', idle);
  });
}
