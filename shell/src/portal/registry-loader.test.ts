import { expect } from '@open-wc/testing';
import type { AppManifest } from '@digione/sdk';
import type { RegistryContents } from '../apps/registry.js';
import { fakeFetch } from '../apps/test-fetch.js';
import { AS_GUARDIAN, AS_TEACHER, TEACHER_AND_GUARDIAN, testApp } from '../apps/test-manifests.js';
import { initialProviders } from '../apps/providers.js';
import type { ProviderConfig } from '../config/runtime-config.js';
import { signedIn, stateAfter } from '../state/fixtures.js';
import { PortalStore } from '../state/store.js';
import { RegistryLoader } from './registry-loader.js';

const VANTAA = '0124610-9';
const ESPOO = '0101263-6';
const REGISTRY = 'http://portal.test/registry.json';
const name = { fi: 'Kaupunki', sv: 'Stad', en: 'City' };
/** Vantaa has the timetable at Lumikorpi (09231); Espoo has messages. */
const PROVIDERS: Record<string, ProviderConfig> = {
  [VANTAA]: { name, apps: ['timetable'] },
  [ESPOO]: { name, apps: ['messages'] },
};

/** A registry of a national portal in small: apps of both providers, one of them broken. */
const ENTRIES: readonly unknown[] = [
  testApp('messages', ['teacher', 'guardian']),
  { ...testApp('broken', ['teacher']), entry: 'javascript:alert(1)' },
  testApp('timetable', ['teacher', 'guardian']),
  testApp('lunch', ['teacher']),
];

interface Run {
  readonly store: PortalStore;
  /** Every registry the store was given, in order. */
  readonly loaded: RegistryContents[];
  readonly logged: string[];
  /** Lets the page have its moment to spare (the whole registry's check). */
  spare(): void;
  readonly loader: RegistryLoader;
}

const loaders: RegistryLoader[] = [];
afterEach(() => {
  for (const loader of loaders.splice(0)) loader.dispose();
});

function start(
  options: { providers?: boolean; path?: string; entries?: readonly unknown[] } = {},
): Run {
  const base = stateAfter(
    { type: 'path', path: options.path ?? '/' },
    { type: 'auth', auth: signedIn(TEACHER_AND_GUARDIAN), actingAs: AS_TEACHER },
  );
  const store = new PortalStore(
    options.providers === false ? base : { ...base, providers: initialProviders(PROVIDERS) },
  );
  const loaded: RegistryContents[] = [];
  store.state.subscribe((state) => {
    if (state.registry && state.registry !== loaded.at(-1)) loaded.push(state.registry);
  });
  let spare = (): void => undefined;
  const moment = new Promise<void>((resolve) => (spare = resolve));
  const logged: string[] = [];
  const loader = new RegistryLoader(REGISTRY, store, {
    fetch: fakeFetch({ [REGISTRY]: options.entries ?? ENTRIES }),
    base: 'http://portal.test/',
    log: (line) => logged.push(line),
    spare: () => moment,
  });
  loaders.push(loader);
  return { store, loaded, logged, spare, loader };
}

const ids = (apps: readonly AppManifest[]): string[] => apps.map((app) => app.id);

/** Resolves once the store holds the whole registry. */
function whole(run: Run): Promise<RegistryContents> {
  return new Promise((resolve) => {
    run.store.state.subscribe((state) => {
      if (state.registry && !state.registry.partial) resolve(state.registry);
    });
  });
}

describe('loading the app registry', () => {
  it('checks the apps in use where the person acts first, then the whole registry when the page has time', async () => {
    const run = start();
    const loading = run.loader.load();
    // The first contents are in before the page has had its moment.
    await new Promise<void>((resolve) => {
      run.store.state.subscribe((state) => {
        if (state.registry) resolve();
      });
    });
    expect(run.loaded).to.have.length(1);
    expect(run.loaded[0]?.partial).to.equal(true);
    expect(ids(run.loaded[0]?.apps ?? [])).to.deep.equal(['timetable']);
    expect(run.loaded[0]?.skipped).to.deep.equal([]);
    // Nothing is logged for the operator until the whole registry is read, and then once.
    expect(run.logged).to.deep.equal([]);

    run.spare();
    await loading;
    expect(run.loaded).to.have.length(2);
    const all = run.loaded[1];
    expect(all.partial).to.equal(undefined);
    expect(ids(all.apps)).to.deep.equal(['messages', 'timetable', 'lunch']);
    expect(all.skipped.map((entry) => entry.id)).to.deep.equal(['broken']);
    expect(run.logged).to.have.length(1);
    expect(run.logged[0]).to.contain('"broken"');
  });

  it("checks a deep link's app first even where it is not in use, so its page is known at once", async () => {
    const run = start({ path: '/lunch/today' });
    const loading = run.loader.load();
    await new Promise<void>((resolve) => {
      run.store.state.subscribe((state) => {
        if (state.registry) resolve();
      });
    });
    expect(ids(run.loaded[0]?.apps ?? [])).to.deep.equal(['timetable', 'lunch']);
    run.spare();
    await loading;
  });

  it('checks the whole registry at once when the person acts elsewhere, without waiting for the page', async () => {
    const run = start();
    void run.loader.load();
    await new Promise<void>((resolve) => {
      run.store.state.subscribe((state) => {
        if (state.registry) resolve();
      });
    });
    const done = whole(run);
    run.store.dispatch({ type: 'acting-as', choice: AS_GUARDIAN });
    expect(ids((await done).apps)).to.deep.equal(['messages', 'timetable', 'lunch']);
  });

  it('checks the whole registry at once for the diagnostics page, which lists it all', async () => {
    const run = start({ path: '/diagnostiikka' });
    await run.loader.load();
    expect(run.loaded).to.have.length(1);
    expect(run.loaded[0]?.partial).to.equal(undefined);
    expect(run.loaded[0]?.skipped.map((entry) => entry.id)).to.deep.equal(['broken']);
  });

  it('reads the whole registry at once where apps go by role alone (no providers configured)', async () => {
    const run = start({ providers: false });
    await run.loader.load();
    expect(run.loaded).to.have.length(1);
    expect(ids(run.loaded[0]?.apps ?? [])).to.deep.equal(['messages', 'timetable', 'lunch']);
  });

  it('ends with what the whole check allows when an app in use clashes with an earlier one', async () => {
    // The earlier app, not in use here, owns the route first: the full check keeps it alone.
    const entries = [
      testApp('messages', ['teacher'], { routes: ['/timetable'], nav: [] }),
      testApp('timetable', ['teacher']),
    ];
    const run = start({ entries });
    const loading = run.loader.load();
    await new Promise<void>((resolve) => {
      run.store.state.subscribe((state) => {
        if (state.registry) resolve();
      });
    });
    expect(ids(run.loaded[0]?.apps ?? [])).to.deep.equal(['timetable']);
    run.spare();
    await loading;
    expect(ids(run.loaded.at(-1)?.apps ?? [])).to.deep.equal(['messages']);
    expect(run.loaded.at(-1)?.skipped.map((entry) => entry.id)).to.deep.equal(['timetable']);
  });
});
