import { loadRegistry, type LoadRegistryOptions } from '../apps/registry.js';
import type { PortalStore } from '../state/store.js';

/**
 * Loads the app registry into the store (bounded in time and size: a failure shows the home
 * page's retry). While a load is under way, asking again joins it; `fresh` (the person's retry)
 * cancels it instead and starts a new one, so a retry never waits on a request that is stuck.
 */
export class RegistryLoader {
  readonly #url: string | undefined;
  readonly #store: PortalStore;
  readonly #options: Omit<LoadRegistryOptions, 'signal'>;
  #loading: Promise<void> | undefined;
  /** Cancels the load under way (a retry replaces it; `dispose` stops it). */
  #request: AbortController | undefined;

  constructor(
    url: string | undefined,
    store: PortalStore,
    options: Omit<LoadRegistryOptions, 'signal'>,
  ) {
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
        const registry = await loadRegistry(url, { ...this.#options, signal: request.signal });
        if (this.#request !== request) return;
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
}
