import { expect } from '@open-wc/testing';
import type { RegistryContents } from '../apps/registry.js';
import {
  AS_GUARDIAN,
  AS_TEACHER,
  PUPIL,
  TEACHER_AND_GUARDIAN,
  testApp,
} from '../apps/test-manifests.js';
import type { DigiOneUser } from '@digione/sdk';
import { signedIn, stateAfter } from './fixtures.js';
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
const TENANTS = { '0124610-9': 'vantaa' };

describe('what the frame shows', () => {
  it('shows nothing of apps before sign-in, in the theme the device asks for', () => {
    const view = frameView(
      stateAfter({
        type: 'device',
        device: { dark: true, moreContrast: false, forcedColors: false },
      }),
      TENANTS,
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
    expect(frameView(loading, TENANTS)).to.deep.include({ appsStatus: 'loading', settled: false });
    const ready = stateAfter(
      { type: 'auth', auth: signedIn(TEACHER_AND_GUARDIAN), actingAs: AS_TEACHER },
      { type: 'registry-loaded', registry },
    );
    const view = frameView(ready, TENANTS);
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

  it("titles an app's page with its own title, its name and DigiOne, and shows its area", () => {
    const state = stateAfter(
      { type: 'auth', auth: signedIn(PUPIL) },
      { type: 'registry-loaded', registry },
      { type: 'path', path: '/timetable' },
      { type: 'title', appId: 'timetable', title: 'Viikko 12' },
      { type: 'badge', appId: 'timetable', count: 3 },
    );
    const view = frameView(state, TENANTS);
    expect(view.appId).to.equal('timetable');
    expect(view.title).to.equal('Viikko 12 – Sovellus timetable – DigiOne');
    expect(view.navItems[1]).to.deep.include({ href: '/timetable', badge: 3 });
    const english = frameView({ ...state, locale: 'en' }, TENANTS);
    expect(english.title).to.equal('Viikko 12 – App timetable – DigiOne');
  });

  it("says whether another of the person's choices opens an app they may not use now", () => {
    const state = stateAfter(
      { type: 'auth', auth: signedIn(TEACHER_AND_GUARDIAN), actingAs: AS_TEACHER },
      { type: 'registry-loaded', registry },
      { type: 'path', path: '/absences' },
    );
    const view = frameView(state, TENANTS);
    expect(view.route.kind).to.equal('no-access');
    expect(view.noAccess).to.deep.equal({ service: 'Sovellus absences', canSwitch: true });
    expect(view.title).to.equal('Ei käyttöoikeutta – DigiOne');
    const pupil = frameView(
      stateAfter(
        { type: 'auth', auth: signedIn(PUPIL) },
        { type: 'registry-loaded', registry },
        { type: 'path', path: '/absences' },
      ),
      TENANTS,
    );
    expect(pupil.noAccess).to.deep.equal({ service: 'Sovellus absences', canSwitch: false });
  });

  it("offers diagnostics to the administrator only, and names a missing page or registry's failure", () => {
    const admin = stateAfter({ type: 'auth', auth: signedIn(ADMIN) }, { type: 'registry-failed' });
    const view = frameView(admin, TENANTS);
    expect(view.navItems.map((i) => i.href)).to.deep.equal(['/', '/diagnostiikka']);
    expect(view).to.deep.include({ appsStatus: 'failed', settled: true });
    const unknown = frameView({ ...admin, path: '/nowhere' }, TENANTS);
    expect(unknown.route.kind).to.equal('registry-error');
    expect(unknown.title).to.equal('Palveluluetteloa ei voitu hakea – DigiOne');
    const found = frameView(
      { ...admin, registryStatus: 'ready', registry, path: '/nowhere' },
      TENANTS,
    );
    expect(found.title).to.equal('Sivua ei löytynyt – DigiOne');
    const pupil = frameView(
      stateAfter({ type: 'auth', auth: signedIn(PUPIL) }, { type: 'path', path: '/diagnostiikka' }),
      TENANTS,
    );
    expect(pupil.navItems.map((i) => i.href)).to.deep.equal(['/']);
    expect(pupil.noAccess).to.deep.equal({ service: 'Diagnostiikka', canSwitch: false });
  });

  it('wears the tenant of the school the person acts in, and tells the apps its name', () => {
    const state = stateAfter({ type: 'auth', auth: signedIn(PUPIL) });
    expect(frameView(state, TENANTS).brand.id).to.equal('vantaa');
    expect(frameView({ ...state, locale: 'sv' }, TENANTS).brand.name).to.equal(
      frameView(state, TENANTS).tenant?.name.sv,
    );
    expect(frameView(state, {}).brand).to.deep.equal({ id: 'digione', name: 'DigiOne' });
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
    const view = frameView(state, TENANTS);
    expect(view).to.deep.include({ appsStatus: 'ready', settled: true });
    expect(view.route.kind).to.equal('not-found');
  });
});
