import { expect } from '@open-wc/testing';
import type { RegistryContents } from '../apps/registry.js';
import {
  AS_GUARDIAN,
  AS_TEACHER,
  PUPIL,
  TEACHER_AND_GUARDIAN,
  testApp,
} from '../apps/test-manifests.js';
import { signedIn, stateAfter } from './fixtures.js';
import { PLAIN_DEVICE } from '../theme/theme.js';
import { initialPortalState, reducePortal, type PortalState } from './state.js';
import { PortalStore } from './store.js';

const registry: RegistryContents = { apps: [testApp('timetable', ['teacher'])], skipped: [] };

describe("the portal's state", () => {
  describe('when a person signs in', () => {
    it('holds them, their choices, the remembered acting-as choice and theme', () => {
      const state = stateAfter({
        type: 'auth',
        auth: signedIn(TEACHER_AND_GUARDIAN),
        actingAs: AS_GUARDIAN,
        themePreference: 'dark',
      });
      expect(state.user).to.equal(TEACHER_AND_GUARDIAN);
      expect(state.choices.map((c) => c.id)).to.include.members(['school:09231', 'child:child']);
      expect(state.actingAs).to.equal(AS_GUARDIAN);
      expect(state.themePreference).to.equal('dark');
    });

    it('keeps the acting-as choice when the same person is signed in again (a renewal)', () => {
      const first = stateAfter({
        type: 'auth',
        auth: signedIn(TEACHER_AND_GUARDIAN),
        actingAs: AS_GUARDIAN,
      });
      const renewed = reducePortal(first, { type: 'auth', auth: signedIn(TEACHER_AND_GUARDIAN) });
      expect(renewed.actingAs?.id).to.equal(AS_GUARDIAN.id);
    });
  });

  it('forgets the person, their choices and their theme when they sign out', () => {
    const state = stateAfter(
      { type: 'auth', auth: signedIn(PUPIL), themePreference: 'high-contrast' },
      { type: 'auth', auth: { status: 'signed-out', reason: 'other-tab' } },
    );
    expect(state).to.deep.include({ user: null, actingAs: null, themePreference: 'system' });
    expect(state.choices).to.deep.equal([]);
    expect(state.auth.status).to.equal('signed-out');
  });

  it('acts only in a context the person is offered, and only when signed in', () => {
    const signed = stateAfter({ type: 'auth', auth: signedIn(TEACHER_AND_GUARDIAN) });
    expect(reducePortal(signed, { type: 'acting-as', choice: AS_GUARDIAN }).actingAs).to.equal(
      AS_GUARDIAN,
    );
    const stranger = { ...AS_TEACHER, id: 'school:00000' };
    expect(reducePortal(signed, { type: 'acting-as', choice: stranger })).to.equal(signed);
    const out = stateAfter();
    expect(reducePortal(out, { type: 'acting-as', choice: AS_TEACHER })).to.equal(out);
  });

  it('returns the same state for an action that changes nothing', () => {
    const state = stateAfter(
      { type: 'badge', appId: 'messages', count: 2 },
      { type: 'title', appId: 'messages', title: 'Saapuneet' },
    );
    const same: PortalState[] = [
      reducePortal(state, { type: 'locale', locale: 'fi' }),
      reducePortal(state, { type: 'path', path: '/' }),
      reducePortal(state, { type: 'badge', appId: 'messages', count: 2 }),
      reducePortal(state, { type: 'title', appId: 'messages', title: 'Saapuneet' }),
      reducePortal(state, { type: 'app-down', appId: 'timetable' }),
      reducePortal(state, { type: 'theme-preference', preference: 'system' }),
      reducePortal(state, { type: 'device', device: { ...state.device } }),
      reducePortal(state, { type: 'registry-loading' }),
    ];
    for (const next of same) expect(next).to.equal(state);
  });

  it("drops an app's title when it goes down, and keeps its count", () => {
    const state = stateAfter(
      { type: 'badge', appId: 'messages', count: 2 },
      { type: 'title', appId: 'messages', title: 'Saapuneet' },
      { type: 'app-down', appId: 'messages' },
    );
    expect(state.titles.has('messages')).to.equal(false);
    expect(state.badges.get('messages')).to.equal(2);
  });

  it("follows the registry's load: loading, loaded, failed (keeping what was loaded)", () => {
    const loaded = stateAfter({ type: 'registry-loaded', registry });
    expect(loaded).to.deep.include({ registryStatus: 'ready', registry });
    const failed = reducePortal(loaded, { type: 'registry-failed' });
    expect(failed).to.deep.include({ registryStatus: 'failed', registry });
  });

  it('holds the language asked for apart from the one the texts are loaded in', () => {
    const asked = stateAfter({ type: 'locale', locale: 'sv' });
    expect(asked).to.deep.include({ locale: 'sv', translated: 'fi' });
    expect(reducePortal(asked, { type: 'translated', locale: 'sv' }).translated).to.equal('sv');
  });

  it("holds each education provider's settings: inline ones known, files as they load", () => {
    const espoo = {
      name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
      apps: ['timetable'],
    };
    const start = initialPortalState({
      locale: 'fi',
      device: PLAIN_DEVICE,
      path: '/',
      registry: true,
      providers: { '0124610-9': espoo, '0101263-6': '/providers/espoo.json' },
    });
    expect(start.providers?.get('0124610-9')).to.deep.equal({ status: 'ready', provider: espoo });
    const loading = reducePortal(start, { type: 'provider-loading', id: '0101263-6' });
    expect(loading.providers?.get('0101263-6')?.status).to.equal('loading');
    const failed = reducePortal(loading, { type: 'provider-failed', id: '0101263-6' });
    expect(failed.providers?.get('0101263-6')).to.deep.equal({
      status: 'failed',
      url: '/providers/espoo.json',
    });
    const loaded = reducePortal(failed, {
      type: 'provider-loaded',
      id: '0101263-6',
      provider: espoo,
    });
    expect(loaded.providers?.get('0101263-6')).to.deep.equal({ status: 'ready', provider: espoo });
    // Known settings stay; a provider not configured, or no providers at all, change nothing.
    expect(reducePortal(loaded, { type: 'provider-failed', id: '0101263-6' })).to.equal(loaded);
    expect(reducePortal(loaded, { type: 'provider-loading', id: 'other' })).to.equal(loaded);
    const none = stateAfter();
    expect(none.providers).to.equal(undefined);
    expect(reducePortal(none, { type: 'provider-loading', id: '0101263-6' })).to.equal(none);
    // Signing out keeps them: they are the operator's, not the person's.
    const out = reducePortal(loaded, {
      type: 'auth',
      auth: { status: 'signed-out', reason: 'signed-out' },
    });
    expect(out.providers).to.equal(loaded.providers);
  });
});

describe("the portal's store", () => {
  it('tells followers of every state in order, even of actions dispatched while they hear', () => {
    const store = new PortalStore(stateAfter());
    const paths: string[] = [];
    const subscription = store.state.subscribe((state) => {
      paths.push(state.path);
      // A follower that acts on what it hears: its action waits for this state to be heard.
      if (state.path === '/a') store.dispatch({ type: 'path', path: '/b' });
    });
    const late: string[] = [];
    const second = store.state.subscribe((state) => late.push(state.path));
    store.dispatch({ type: 'path', path: '/a' });
    expect(paths).to.deep.equal(['/', '/a', '/b']);
    expect(late).to.deep.equal(['/', '/a', '/b']);
    expect(store.current.path).to.equal('/b');
    subscription.unsubscribe();
    second.unsubscribe();
  });

  it('hands out a part of the state only when it changes', () => {
    const store = new PortalStore(stateAfter());
    const locales: string[] = [];
    const subscription = store.select((s) => s.locale).subscribe((l) => locales.push(l));
    store.dispatch({ type: 'path', path: '/x' });
    store.dispatch({ type: 'locale', locale: 'en' });
    store.dispatch({ type: 'locale', locale: 'en' });
    expect(locales).to.deep.equal(['fi', 'en']);
    subscription.unsubscribe();
  });

  it('completes its followers when it ends, and changes nothing after', () => {
    const store = new PortalStore(stateAfter());
    let completed = false;
    store.state.subscribe({ complete: () => (completed = true) });
    store.complete();
    store.dispatch({ type: 'path', path: '/late' });
    expect(completed).to.equal(true);
    expect(store.current.path).to.equal('/');
  });
});
