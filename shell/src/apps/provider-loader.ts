import type { Subscription } from 'rxjs';
import type { PortalState } from '../state/state.js';
import type { PortalStore } from '../state/store.js';
import { providerStatus, routeOf } from '../state/view.js';
import { loadProviderFile } from './providers.js';

/** What the loader fetches with: the page's fetch and address (tests give their own). */
export interface ProviderLoaderOptions {
  readonly fetch?: typeof fetch;
  /** What a relative file address is resolved against (default: the page's address). */
  readonly base?: string;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
}

/**
 * The providers whose own files the portal needs now: the one of the school the person acts in
 * (a guardian's child's school, a teacher's chosen school) — and, while they look at a service
 * that is not in use there, those of their other choices, to offer where it is.
 */
export function wantedProviders(state: PortalState, lookingElsewhere: boolean): string[] {
  if (!state.user || !state.providers) return [];
  const choices = lookingElsewhere ? state.choices : state.actingAs ? [state.actingAs] : [];
  const ids = choices.flatMap((choice) => (choice.school ? [choice.school.providerId] : []));
  return [...new Set(ids)];
}

/** Whether the page shows a service that is not in use where the person acts. */
function showsNotAvailable(state: PortalState): boolean {
  if (state.path === '/' || providerStatus(state) !== 'ready') return false;
  return routeOf(state).kind === 'not-available';
}

/**
 * Fetches each education provider's own file when the portal first needs it, once: read, it stays
 * in the store for the page's life, so switching back and forth between two children fetches
 * nothing again. A file that cannot be had leaves its provider `failed` (the frame says so with a
 * retry) while the rest of the portal runs; `retry` asks again.
 */
export class ProviderLoader {
  readonly #store: PortalStore;
  readonly #options: ProviderLoaderOptions;
  readonly #requests = new Map<string, AbortController>();
  readonly #following: Subscription;

  constructor(store: PortalStore, options: ProviderLoaderOptions = {}) {
    this.#store = store;
    this.#options = options;
    this.#following = store.state.subscribe((state) => {
      this.#loadWanted(state, false);
    });
  }

  /** Asks again for the files that could not be had (the person's retry). */
  retry(): void {
    this.#loadWanted(this.#store.current, true);
  }

  #loadWanted(state: PortalState, again: boolean): void {
    if (!state.providers || !state.user) return;
    for (const id of wantedProviders(state, showsNotAvailable(state))) {
      const entry = state.providers.get(id);
      if (entry?.status === 'unloaded' || (again && entry?.status === 'failed')) {
        void this.#load(id, entry.url);
      }
    }
  }

  async #load(id: string, url: string): Promise<void> {
    if (this.#requests.has(id)) return;
    const request = new AbortController();
    this.#requests.set(id, request);
    this.#store.dispatch({ type: 'provider-loading', id });
    try {
      const provider = await loadProviderFile(url, { ...this.#options, signal: request.signal });
      if (!request.signal.aborted) this.#store.dispatch({ type: 'provider-loaded', id, provider });
    } catch (error) {
      if (request.signal.aborted) return;
      console.error(`[DigiOne] The settings of education provider ${id} could not be used:`, error);
      this.#store.dispatch({ type: 'provider-failed', id });
    } finally {
      if (this.#requests.get(id) === request) this.#requests.delete(id);
    }
  }

  dispose(): void {
    this.#following.unsubscribe();
    for (const request of this.#requests.values()) request.abort();
    this.#requests.clear();
  }
}
