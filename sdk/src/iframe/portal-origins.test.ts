/** The accepted-portals setting of an iframe app, read and checked (portal-origins.ts). */
import { expect } from '@open-wc/testing';
import { acceptsPortalOrigin, readShellOrigins } from '@digione/sdk/host';
import { portalCandidates } from './portal-origins.js';

describe('acceptsPortalOrigin', () => {
  it('accepts a listed exact origin, and says which entry', () => {
    const check = acceptsPortalOrigin(
      ['https://portal.vantaa.fi', 'https://portal.espoo.fi'],
      'https://portal.espoo.fi',
    );
    expect(check).to.deep.equal({
      accepted: true,
      entry: 'https://portal.espoo.fi',
      reason: 'https://portal.espoo.fi is listed.',
    });
  });

  it('reads a string of entries separated by white space, as a meta element holds them', () => {
    const setting = ' http://127.0.0.1:5173\n  http://localhost:5173 ';
    expect(acceptsPortalOrigin(setting, 'http://localhost:5173').accepted).to.equal(true);
    expect(acceptsPortalOrigin(setting, 'http://127.0.0.1:5173').accepted).to.equal(true);
    expect(acceptsPortalOrigin(setting, 'http://localhost:5174').accepted).to.equal(false);
  });

  it('a pattern matches exactly one DNS label, on its scheme and port', () => {
    const pattern = 'https://*.digione.fi';
    const verdict = (origin: string) => acceptsPortalOrigin(pattern, origin);
    expect(verdict('https://vantaa.digione.fi')).to.deep.equal({
      accepted: true,
      entry: pattern,
      reason: 'https://vantaa.digione.fi matches the pattern "https://*.digione.fi".',
    });
    expect(verdict('https://xn--mntsl-kua.digione.fi').accepted).to.equal(true);
    for (const origin of [
      'https://digione.fi',
      'https://a.b.digione.fi',
      'http://vantaa.digione.fi',
      'https://vantaa.digione.fi:8443',
      'https://vantaadigione.fi',
      'https://vantaa.digione.fi.evil.example',
    ]) {
      const check = verdict(origin);
      expect(check.accepted, origin).to.equal(false);
      expect(check.reason, origin).to.contain(origin).and.to.contain('"https://*.digione.fi"');
    }
    expect(
      acceptsPortalOrigin('https://*.digione.fi:8443', 'https://a.digione.fi:8443').accepted,
    ).to.equal(true);
    expect(
      acceptsPortalOrigin('http://*.localhost:5173', 'http://espoo.localhost:5173').accepted,
    ).to.equal(true);
  });

  it('refuses a portal origin that is not exact', () => {
    for (const origin of ['*', 'null', 'https://portal.vantaa.fi/', 'https://portal.vantaa.fi/x']) {
      const check = acceptsPortalOrigin('https://portal.vantaa.fi', origin);
      expect(check.accepted, origin).to.equal(false);
      expect(check.reason).to.contain('not an exact origin');
    }
  });

  it('a setting with any invalid entry accepts no portal, and says which entry is wrong', () => {
    const check = acceptsPortalOrigin(
      ['https://portal.vantaa.fi', 'https://*.fi'],
      'https://portal.vantaa.fi',
    );
    expect(check.accepted).to.equal(false);
    expect(check.reason).to.contain('[1] "https://*.fi"').and.to.contain('top-level domain');
  });
});

describe('readShellOrigins', () => {
  const problemOf = (entry: string): string => {
    const read = readShellOrigins([entry]);
    expect(read.entries, entry).to.deep.equal([]);
    expect(read.problems, entry).to.have.length(1);
    return read.problems[0] ?? '';
  };

  it('reads exact origins and patterns', () => {
    const read = readShellOrigins('https://portal.vantaa.fi https://*.digione.fi:8443');
    expect(read.problems).to.deep.equal([]);
    expect(read.entries).to.deep.equal([
      { kind: 'exact', text: 'https://portal.vantaa.fi', origin: 'https://portal.vantaa.fi' },
      {
        kind: 'pattern',
        text: 'https://*.digione.fi:8443',
        scheme: 'https:',
        domain: 'digione.fi',
        port: '8443',
      },
    ]);
  });

  it('takes no other wildcard, no http pattern but localhost, no IP address, no path', () => {
    expect(problemOf('*')).to.contain('"*" as the whole first label');
    expect(problemOf('https://*')).to.contain('"*" as the whole first label');
    expect(problemOf('https://por*.digione.fi')).to.contain('"*" as the whole first label');
    expect(problemOf('https://a.*.digione.fi')).to.contain('"*" as the whole first label');
    expect(problemOf('https://*.*.digione.fi')).to.contain('not a domain name');
    expect(problemOf('https://*.digione.fi/')).to.contain('no path');
    expect(problemOf('*.digione.fi')).to.contain('"*" as the whole first label');
    expect(problemOf('http://*.digione.fi')).to.contain('https only');
    expect(problemOf('https://*.fi')).to.contain('top-level domain');
    expect(problemOf('https://*.0.0.1')).to.contain('IP address');
    expect(problemOf('https://*.DigiOne.fi')).to.contain('lower case');
    expect(problemOf('https://*.digione.fi:443')).to.contain('default port 443');
    expect(problemOf('https://*.digione.fi:99999')).to.contain('not a port number');
  });

  it('takes exact origins only, not addresses', () => {
    for (const entry of ['https://portal.vantaa.fi/', 'https://Portal.vantaa.fi', 'null', 'x']) {
      expect(problemOf(entry)).to.contain('not an exact origin');
    }
  });

  it('an empty setting names no portal', () => {
    expect(readShellOrigins('  ').problems[0]).to.contain('names no portal origin');
    expect(readShellOrigins([]).problems[0]).to.contain('names no portal origin');
    expect(readShellOrigins(42).problems[0]).to.contain('a string or a list of strings');
  });
});

describe('portalCandidates: where the app says hello', () => {
  const read = readShellOrigins('https://portal.vantaa.fi https://*.digione.fi');

  it('to the parent alone when the browser names it, and refuses one it does not accept', () => {
    expect(portalCandidates(read, { parentOrigin: 'https://espoo.digione.fi' })).to.deep.equal({
      origins: ['https://espoo.digione.fi'],
    });
    const refused = portalCandidates(read, {
      parentOrigin: 'https://evil.example',
      referrer: 'https://portal.vantaa.fi/',
    });
    expect(refused).to.have.property('refused').that.contains('https://evil.example');
  });

  it('without the parent: to the referrer when accepted, and to every listed exact origin', () => {
    expect(portalCandidates(read, { referrer: 'https://espoo.digione.fi/' })).to.deep.equal({
      origins: ['https://espoo.digione.fi', 'https://portal.vantaa.fi'],
    });
    expect(portalCandidates(read, { referrer: 'https://evil.example/' })).to.deep.equal({
      origins: ['https://portal.vantaa.fi'],
    });
  });

  it('a pattern alone with neither the parent nor a referrer cannot say hello anywhere', () => {
    const patternOnly = readShellOrigins('https://*.digione.fi');
    const none = portalCandidates(patternOnly, { referrer: '' });
    expect(none).to.have.property('refused').that.contains('does not tell which portal');
    const other = portalCandidates(patternOnly, { referrer: 'https://evil.example/page' });
    expect(other).to.have.property('refused').that.contains('https://evil.example');
  });
});
