import { expect } from '@open-wc/testing';
import type { RegistryContents } from '../apps/registry.js';
import {
  AS_GUARDIAN,
  AS_TEACHER,
  PUPIL,
  TEACHER_AND_GUARDIAN,
  testApp,
} from '../apps/test-manifests.js';
import type { ActingAs, DigiOneUser } from '@digione/sdk';
import { initialProviders } from '../apps/providers.js';
import type { ProviderConfig } from '../config/runtime-config.js';
import { signedIn, stateAfter } from './fixtures.js';
import { reducePortal, type PortalAction, type PortalState } from './state.js';
import { allowedOf, frameView, themeOf } from './view.js';

const timetable = testApp('timetable', ['teacher', 'learner'], { widgets: [] });
const absences = testApp('absences', ['guardian'], { isolation: 'iframe' });
const registry: RegistryContents = {
  apps: [timetable, absences],
  skipped: [{ id: 'broken', index: 2, errors: [{ path: '(root)', message: 'rikki' }] }],
};
const ADMIN: DigiOneUser = {
  id: 'admin',
  givenName: 'Pia',
  familyName: 'Pääkäyttäjä',
  roles: ['admin'],
  schools: [],
};

/** `state` after `actions`, in order. */
function stateAfterAll(state: PortalState, ...actions: PortalAction[]): PortalState {
  return actions.reduce(reducePortal, state);
}

describe('what the frame shows', () => {
  it('shows nothing of apps before sign-in, in the theme the device asks for', () => {
    const view = frameView(
      stateAfter({
        type: 'device',
        device: { dark: true, moreContrast: false, forcedColors: false },
      }),
    );
    expect(view.route).to.deep.equal({ kind: 'pending' });
    expect(view.navItems.map((i) => i.href)).to.deep.equal(['/']);
    expect(view.tiles).to.deep.equal([]);
    expect(view.theme).to.equal('dark');
    expect(view.title).to.equal('DigiOne');
    expect(view.settled).to.equal(false);
  });

  it("shows the person's apps for the role they act in, once the registry is in", () => {
    const loading = stateAfter({
      type: 'auth',
      auth: signedIn(TEACHER_AND_GUARDIAN),
      actingAs: AS_TEACHER,
    });
    expect(frameView(loading)).to.deep.include({ appsStatus: 'loading', settled: false });
    const ready = stateAfter(
      { type: 'auth', auth: signedIn(TEACHER_AND_GUARDIAN), actingAs: AS_TEACHER },
      { type: 'registry-loaded', registry },
    );
    const view = frameView(ready);
    expect(view.route).to.deep.equal({ kind: 'home' });
    expect(view.tiles.map((t) => t.id)).to.deep.equal(['timetable']);
    expect(view.navItems.map((i) => i.href)).to.deep.equal(['/', '/timetable']);
    expect(view).to.deep.include({
      appsStatus: 'ready',
      settled: true,
      title: 'Etusivu – DigiOne',
    });
    expect(view.skipped).to.have.length(1);
    expect(view.loaded.map((a) => a.id)).to.deep.equal(['timetable', 'absences']);
    // Acting as the guardian: the guardian's apps.
    expect(allowedOf({ ...ready, actingAs: AS_GUARDIAN }).map((a) => a.id)).to.deep.equal([
      'absences',
    ]);
  });

  it('keeps the same lists of apps while something else changes, and makes them anew when the apps, the language or a badge do', () => {
    const ready = stateAfter(
      { type: 'auth', auth: signedIn(TEACHER_AND_GUARDIAN), actingAs: AS_TEACHER },
      { type: 'registry-loaded', registry },
    );
    const view = frameView(ready);
    // A theme or a title changes nothing the lists show: the frame gets the same arrays, and the
    // navigation, the switcher and the home page have nothing to render again.
    const themed = frameView(reducePortal(ready, { type: 'theme-preference', preference: 'dark' }));
    const titled = frameView(
      reducePortal(ready, { type: 'title', appId: 'timetable', title: 'Viikko 49' }),
    );
    for (const other of [themed, titled]) {
      expect(other.navItems).to.equal(view.navItems);
      expect(other.switcherApps).to.equal(view.switcherApps);
      expect(other.tiles).to.equal(view.tiles);
      expect(other.widgets).to.equal(view.widgets);
      expect(other.loaded).to.equal(view.loaded);
    }
    const badged = frameView(reducePortal(ready, { type: 'badge', appId: 'timetable', count: 3 }));
    expect(badged.navItems).not.to.equal(view.navItems);
    expect(badged.navItems[1]).to.deep.include({ href: '/timetable', badge: 3 });
    const swedish = frameView(stateAfterAll(ready, { type: 'locale', locale: 'sv' }));
    expect(swedish.switcherApps).not.to.equal(view.switcherApps);
    expect(swedish.loaded).not.to.equal(view.loaded);
    // Another registry with the same apps in the same order: the same lists.
    const again = frameView(
      reducePortal(ready, { type: 'registry-loaded', registry: { ...registry } }),
    );
    expect(again.navItems).to.equal(frameView(ready).navItems);
    // An app more: lists of their own.
    const more = frameView(
      reducePortal(ready, {
        type: 'registry-loaded',
        registry: { ...registry, apps: [...registry.apps, testApp('lunch', ['teacher'])] },
      }),
    );
    expect(more.switcherApps.map((a) => a.id)).to.deep.equal(['timetable', 'lunch']);
  });

  it("titles an app's page with its own title, its name and DigiOne, and shows its area", () => {
    const state = stateAfter(
      { type: 'auth', auth: signedIn(PUPIL) },
      { type: 'registry-loaded', registry },
      { type: 'path', path: '/timetable' },
      { type: 'title', appId: 'timetable', title: 'Viikko 12' },
      { type: 'badge', appId: 'timetable', count: 3 },
    );
    const view = frameView(state);
    expect(view.appId).to.equal('timetable');
    expect(view.title).to.equal('Viikko 12 – Sovellus timetable – DigiOne');
    expect(view.navItems[1]).to.deep.include({ href: '/timetable', badge: 3 });
    const english = frameView({ ...state, locale: 'en' });
    expect(english.title).to.equal('Viikko 12 – App timetable – DigiOne');
  });

  it("says whether another of the person's choices opens an app they may not use now", () => {
    const state = stateAfter(
      { type: 'auth', auth: signedIn(TEACHER_AND_GUARDIAN), actingAs: AS_TEACHER },
      { type: 'registry-loaded', registry },
      { type: 'path', path: '/absences' },
    );
    const view = frameView(state);
    expect(view.route.kind).to.equal('no-access');
    expect(view.noAccess).to.deep.equal({ service: 'Sovellus absences', canSwitch: true });
    expect(view.title).to.equal('Ei käyttöoikeutta – DigiOne');
    const pupil = frameView(
      stateAfter(
        { type: 'auth', auth: signedIn(PUPIL) },
        { type: 'registry-loaded', registry },
        { type: 'path', path: '/absences' },
      ),
    );
    expect(pupil.noAccess).to.deep.equal({ service: 'Sovellus absences', canSwitch: false });
  });

  it("offers diagnostics to the administrator only, and names a missing page or registry's failure", () => {
    const admin = stateAfter({ type: 'auth', auth: signedIn(ADMIN) }, { type: 'registry-failed' });
    const view = frameView(admin);
    expect(view.navItems.map((i) => i.href)).to.deep.equal(['/', '/diagnostiikka']);
    expect(view).to.deep.include({ appsStatus: 'failed', settled: true });
    const unknown = frameView({ ...admin, path: '/nowhere' });
    expect(unknown.route.kind).to.equal('registry-error');
    expect(unknown.title).to.equal('Palveluluetteloa ei voitu hakea – DigiOne');
    const found = frameView({ ...admin, registryStatus: 'ready', registry, path: '/nowhere' });
    expect(found.title).to.equal('Sivua ei löytynyt – DigiOne');
    const pupil = frameView(
      stateAfter({ type: 'auth', auth: signedIn(PUPIL) }, { type: 'path', path: '/diagnostiikka' }),
    );
    expect(pupil.navItems.map((i) => i.href)).to.deep.equal(['/']);
    expect(pupil.noAccess).to.deep.equal({ service: 'Diagnostiikka', canSwitch: false });
  });

  it("wears the person's theme over the device's, and the device's when they follow it", () => {
    const device = { dark: true, moreContrast: false, forcedColors: false };
    const state = stateAfter({ type: 'device', device }, { type: 'auth', auth: signedIn(PUPIL) });
    expect(themeOf(state)).to.equal('dark');
    expect(themeOf({ ...state, themePreference: 'high-contrast' })).to.equal('high-contrast');
    expect(themeOf({ ...state, themePreference: 'light' })).to.equal('light');
  });

  it('counts the portal as standing without a registry configured, with no apps', () => {
    const state = {
      ...stateAfter({ type: 'auth', auth: signedIn(PUPIL) }),
      registryStatus: 'absent' as const,
      path: '/timetable',
    };
    const view = frameView(state);
    expect(view).to.deep.include({ appsStatus: 'ready', settled: true });
    expect(view.route.kind).to.equal('not-found');
  });
});

describe('the apps of where the person acts', () => {
  const VANTAA = '0124610-9';
  const ESPOO = '0101263-6';
  const lunch = testApp('lunch', ['teacher', 'guardian'], {
    widgets: [
      {
        id: 'today',
        element: 'lunch-today',
        slot: 'home',
        name: { fi: 'Tänään', sv: 'I dag', en: 'Today' },
      },
    ],
  });
  const messages = testApp('messages', ['teacher', 'guardian']);
  const apps: RegistryContents = { apps: [timetable, absences, lunch, messages], skipped: [] };
  const vantaa: ProviderConfig = {
    name: { fi: 'Vantaan kaupunki', sv: 'Vanda stad', en: 'City of Vantaa' },
    // Lunch only at Lumikorpi (09231); messages nowhere in Vantaa.
    apps: ['timetable', 'absences', { id: 'lunch', schools: ['09231'] }],
  };
  const espoo: ProviderConfig = {
    name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
    apps: ['absences', 'messages', 'lunch'],
  };

  function acting(
    actingAs: ActingAs,
    providers: Record<string, ProviderConfig | string> | undefined,
    ...more: PortalAction[]
  ): PortalState {
    const start = stateAfter();
    return [
      { type: 'auth', auth: signedIn(TEACHER_AND_GUARDIAN), actingAs } as const,
      { type: 'registry-loaded', registry: apps } as const,
      ...more,
    ].reduce(reducePortal, { ...start, providers: initialProviders(providers) });
  }

  it('are those its role allows and its provider has at its school: nav, switcher, tiles, widgets', () => {
    const atVantaa = frameView(acting(AS_TEACHER, { [VANTAA]: vantaa, [ESPOO]: espoo }));
    expect(atVantaa.tiles.map((t) => t.id)).to.deep.equal(['timetable', 'lunch']);
    expect(atVantaa.navItems.map((i) => i.href)).to.deep.equal(['/', '/lunch', '/timetable']);
    expect(atVantaa.switcherApps.map((a) => a.id)).to.deep.equal(['timetable', 'lunch']);
    expect(atVantaa.widgets.map((w) => w.appId)).to.deep.equal(['lunch']);
    expect(atVantaa.provider).to.deep.equal({ id: VANTAA, name: vantaa.name, brand: undefined });
    // The child at an Espoo school: Espoo's apps, for the guardian's role.
    const atEspoo = frameView(acting(AS_GUARDIAN, { [VANTAA]: vantaa, [ESPOO]: espoo }));
    expect(atEspoo.tiles.map((t) => t.id)).to.deep.equal(['absences', 'lunch', 'messages']);
    expect(atEspoo.provider?.id).to.equal(ESPOO);
    // Without providers configured, every app the role allows, as in a portal of one provider.
    expect(allowedOf(acting(AS_TEACHER, undefined)).map((a) => a.id)).to.deep.equal([
      'timetable',
      'lunch',
      'messages',
    ]);
    // A provider the configuration does not know has no apps.
    expect(allowedOf(acting(AS_GUARDIAN, { [VANTAA]: vantaa }))).to.deep.equal([]);
  });

  it("wait for the provider's own file, and say so when it cannot be had", () => {
    const providers = { [VANTAA]: vantaa, [ESPOO]: '/providers/espoo.json' };
    const loading = acting(AS_GUARDIAN, providers, { type: 'path', path: '/messages' });
    expect(frameView(loading)).to.deep.include({ appsStatus: 'loading', settled: false });
    expect(frameView(loading).route.kind).to.equal('pending');
    expect(allowedOf(loading)).to.deep.equal([]);
    const failed = reducePortal(loading, { type: 'provider-failed', id: ESPOO });
    expect(frameView(failed)).to.deep.include({ appsStatus: 'failed', settled: true });
    expect(frameView(failed).route.kind).to.equal('registry-error');
    const ready = reducePortal(failed, { type: 'provider-loaded', id: ESPOO, provider: espoo });
    expect(frameView(ready).route).to.deep.equal({ kind: 'app', app: messages });
  });

  it('show "not available here" for an app not enabled there, naming where and where it is', () => {
    const state = acting(
      AS_TEACHER,
      { [VANTAA]: vantaa, [ESPOO]: espoo },
      { type: 'path', path: '/messages' },
    );
    const view = frameView(state);
    expect(view.route).to.deep.equal({ kind: 'not-available', app: messages });
    expect(view.title).to.equal('Palvelu ei ole käytössä täällä – DigiOne');
    expect(view.notAvailable).to.deep.equal({
      service: 'Sovellus messages',
      where: 'Lumikorven koulu (Vantaan kaupunki)',
      choices: [
        // The teacher's other school, and the child's, are both in Espoo.
        { id: 'school:04915', label: 'Merituulen koulu (Espoon kaupunki)' },
        { id: 'child:child', label: 'Eetu Korhonen, Merituulen koulu (Espoon kaupunki)' },
      ],
    });
    expect(frameView({ ...state, locale: 'sv' }).notAvailable?.where).to.equal(
      'Lumikorven koulu (Vanda stad)',
    );
    // A choice whose provider's file is not read yet is not offered (the portal asks for it).
    const unread = acting(
      AS_TEACHER,
      { [VANTAA]: vantaa, [ESPOO]: '/providers/espoo.json' },
      { type: 'path', path: '/messages' },
    );
    expect(frameView(unread).notAvailable?.choices).to.deep.equal([]);
    // A role refusal stays "no access".
    const refused = acting(
      AS_GUARDIAN,
      { [VANTAA]: vantaa, [ESPOO]: espoo },
      { type: 'path', path: '/timetable' },
    );
    expect(frameView(refused).route.kind).to.equal('no-access');
  });
});
