import { expect } from '@open-wc/testing';
import { normalizePath, ownerOf, resolveRoute, routeMatches } from './routes.js';
import { testApp } from './test-manifests.js';

const timetable = testApp('timetable', ['learner'], { routes: ['/lukujarjestys', '/tunnit'] });
const assessment = testApp('assessment', ['teacher'], { routes: ['/arviointi'] });
const known = [timetable, assessment];

describe('routing decisions', () => {
  it('matches routes at path-segment boundaries', () => {
    expect(routeMatches('/lukujarjestys', '/lukujarjestys')).to.equal(true);
    expect(routeMatches('/lukujarjestys/viikko/47', '/lukujarjestys')).to.equal(true);
    expect(routeMatches('/lukujarjestysx', '/lukujarjestys')).to.equal(false);
    expect(routeMatches('/', '/')).to.equal(true);
    expect(routeMatches('/x', '/')).to.equal(false);
    expect(ownerOf('/tunnit/1', known)?.id).to.equal('timetable');
    expect(normalizePath('/lukujarjestys/')).to.equal('/lukujarjestys');
    expect(normalizePath('')).to.equal('/');
  });

  it("shows the portal's own pages, an allowed app, no access and not found", () => {
    const input = { known, allowed: [timetable], roles: ['learner' as const] };
    expect(resolveRoute('/', input)).to.deep.equal({ kind: 'home' });
    expect(resolveRoute('/saavutettavuus', input)).to.deep.equal({
      kind: 'page',
      page: 'accessibility',
    });
    expect(resolveRoute('/palaute/', input)).to.deep.equal({ kind: 'page', page: 'feedback' });
    expect(resolveRoute('/tunnit/maanantai', input)).to.deep.equal({ kind: 'app', app: timetable });
    expect(resolveRoute('/arviointi/7b', input)).to.deep.equal({
      kind: 'no-access',
      app: assessment,
    });
    expect(resolveRoute('/viestit', input)).to.deep.equal({ kind: 'not-found' });
    expect(resolveRoute('/palaute/vanha', input)).to.deep.equal({ kind: 'not-found' });
  });

  it('tells an app not enabled where the person acts from one their role does not allow', () => {
    // The role allows both; the education provider has only the timetable here.
    const input = {
      known,
      allowed: [timetable],
      permitted: [timetable, assessment],
      roles: ['teacher' as const],
    };
    expect(resolveRoute('/arviointi', input)).to.deep.equal({
      kind: 'not-available',
      app: assessment,
    });
    expect(resolveRoute('/tunnit', input)).to.deep.equal({ kind: 'app', app: timetable });
    expect(resolveRoute('/arviointi', { ...input, permitted: [timetable] })).to.deep.equal({
      kind: 'no-access',
      app: assessment,
    });
  });

  it('keeps the diagnostics page for administrators', () => {
    const base = { known, allowed: [] };
    expect(resolveRoute('/diagnostiikka', { ...base, roles: ['learner'] })).to.deep.equal({
      kind: 'no-access',
      page: 'diagnostics',
    });
    expect(resolveRoute('/diagnostiikka', { ...base, roles: ['admin'] })).to.deep.equal({
      kind: 'page',
      page: 'diagnostics',
    });
  });

  it('waits for the registry before calling a path unknown, and offers a retry if it failed', () => {
    const loading = { known: undefined, allowed: [], roles: ['learner' as const] };
    expect(resolveRoute('/lukujarjestys', loading)).to.deep.equal({ kind: 'pending' });
    expect(resolveRoute('/', loading)).to.deep.equal({ kind: 'home' });
    expect(resolveRoute('/palaute', loading)).to.deep.equal({ kind: 'page', page: 'feedback' });
    expect(resolveRoute('/lukujarjestys', { ...loading, registryFailed: true })).to.deep.equal({
      kind: 'registry-error',
    });
  });
});
