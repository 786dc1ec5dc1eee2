import { expect } from '@open-wc/testing';
import type { ProviderConfig } from '../config/runtime-config.js';
import { PortalStore } from '../state/store.js';
import { signedIn, stateAfter } from '../state/fixtures.js';
import type { PortalState } from '../state/state.js';
import { fakeFetch } from './test-fetch.js';
import { ProviderLoader, wantedProviders } from './provider-loader.js';
import { initialProviders } from './providers.js';
import { AS_GUARDIAN, AS_TEACHER, TEACHER_AND_GUARDIAN } from './test-manifests.js';

const VANTAA = '0124610-9';
const ESPOO = '0101263-6';
const ESPOO_FILE: ProviderConfig = {
  name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
  apps: ['timetable', { id: 'lunch', schools: ['04915'] }],
};
const VANTAA_INLINE: ProviderConfig = {
  name: { fi: 'Vantaan kaupunki', sv: 'Vanda stad', en: 'City of Vantaa' },
  apps: ['timetable'],
};

describe("loading the providers' files", () => {
  const espooUrl = 'http://cdn.test/espoo.json';
  const vantaaUrl = 'http://cdn.test/vantaa.json';
  let loaders: ProviderLoader[] = [];
  afterEach(() => {
    for (const loader of loaders) loader.dispose();
    loaders = [];
  });

  function storeWith(providers: Record<string, ProviderConfig | string>): PortalStore {
    const base = stateAfter();
    return new PortalStore({ ...base, providers: initialProviders(providers) });
  }

  function start(store: PortalStore, fetchImpl: typeof fetch): ProviderLoader {
    const loader = new ProviderLoader(store, { fetch: fetchImpl, base: 'http://portal.test/' });
    loaders.push(loader);
    return loader;
  }

  /** Resolves once `test` holds for the store's state. */
  function until(store: PortalStore, test: (state: PortalState) => boolean): Promise<PortalState> {
    return new Promise((resolve) => {
      const following = store.state.subscribe((state) => {
        if (!test(state)) return;
        queueMicrotask(() => {
          following.unsubscribe();
        });
        resolve(state);
      });
    });
  }

  it('fetches a file only when the person acts in one of its schools, once', async () => {
    const files = fakeFetch({ [espooUrl]: ESPOO_FILE, [vantaaUrl]: VANTAA_INLINE });
    const store = storeWith({ [ESPOO]: espooUrl, [VANTAA]: vantaaUrl });
    start(store, files);
    expect(files.asked).to.deep.equal([]);
    store.dispatch({ type: 'auth', auth: signedIn(TEACHER_AND_GUARDIAN), actingAs: AS_TEACHER });
    expect(store.current.providers?.get(VANTAA)?.status).to.equal('loading');
    await until(store, (s) => s.providers?.get(VANTAA)?.status === 'ready');
    expect(files.asked).to.deep.equal([vantaaUrl]);
    // The guardian's child is at an Espoo school: Espoo's file now.
    store.dispatch({ type: 'acting-as', choice: AS_GUARDIAN });
    const both = await until(store, (s) => s.providers?.get(ESPOO)?.status === 'ready');
    expect(both.providers?.get(ESPOO)).to.deep.equal({ status: 'ready', provider: ESPOO_FILE });
    // Back and forth: nothing is fetched again.
    store.dispatch({ type: 'acting-as', choice: AS_TEACHER });
    store.dispatch({ type: 'acting-as', choice: AS_GUARDIAN });
    expect(files.asked).to.deep.equal([vantaaUrl, espooUrl]);
  });

  it('never fetches inline settings, nor anything without providers or before sign-in', () => {
    const files = fakeFetch({});
    const store = storeWith({ [VANTAA]: VANTAA_INLINE });
    start(store, files);
    store.dispatch({ type: 'auth', auth: signedIn(TEACHER_AND_GUARDIAN), actingAs: AS_TEACHER });
    expect(files.asked).to.deep.equal([]);
    expect(wantedProviders(stateAfter(), false)).to.deep.equal([]);
  });

  it("leaves a file that fails failed, the rest running, and fetches it again on the person's retry", async () => {
    const files: Record<string, unknown> = { [espooUrl]: 503 };
    const store = storeWith({ [ESPOO]: espooUrl, [VANTAA]: VANTAA_INLINE });
    const loader = start(store, fakeFetch(files));
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      store.dispatch({
        type: 'auth',
        auth: signedIn(TEACHER_AND_GUARDIAN),
        actingAs: AS_GUARDIAN,
      });
      await until(store, (s) => s.providers?.get(ESPOO)?.status === 'failed');
    } finally {
      console.error = original;
    }
    expect(String((errors[0] as unknown[])[0])).to.contain(ESPOO);
    expect(store.current.providers?.get(VANTAA)?.status).to.equal('ready');
    files[espooUrl] = ESPOO_FILE;
    loader.retry();
    await until(store, (s) => s.providers?.get(ESPOO)?.status === 'ready');
  });

  it("asks for the other choices' files while a service not in use here is shown", () => {
    const state = {
      ...stateAfter({
        type: 'auth',
        auth: signedIn(TEACHER_AND_GUARDIAN),
        actingAs: AS_TEACHER,
      }),
      providers: initialProviders({ [ESPOO]: espooUrl, [VANTAA]: vantaaUrl }),
    };
    expect(wantedProviders(state, false)).to.deep.equal([VANTAA]);
    expect(wantedProviders(state, true)).to.have.members([VANTAA, ESPOO]);
  });
});
