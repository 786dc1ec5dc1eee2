import { expect } from '@open-wc/testing';
import { validateManifest } from '@digione/sdk/manifest';
import { INTEGRITY, errorAt, errorsOf, expectValid, manifest } from './fixtures/validation.js';

describe('validateManifest: URLs and origins', () => {
  describe('when the entry URL is unsafe or malformed', () => {
    const refused = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/javascript,alert(1)',
      'blob:https://example.fi/1',
      'file:///etc/passwd',
      'ftp://example.fi/app.js',
      'vbscript:x',
      'http://example.fi/app.js',
      'http://localhost.evil.fi/app.js',
      'http://localhost@evil.fi/app.js',
      'https://user:secret@example.fi/app.js',
      '//evil.fi/app.js',
      '/\\evil.fi/app.js',
      'app.js',
      '../app.js',
      'https://',
      '',
    ];
    for (const entry of refused) {
      it(`refuses ${JSON.stringify(entry)}`, () => {
        const error = errorAt(
          manifest((m) => (m.entry = entry)),
          'entry',
        );
        expect(['url', 'too-short']).to.include(error.code);
        expect(error.message).to.contain('(entry)');
      });
    }
    it('says that javascript: URLs are never allowed', () => {
      const error = errorAt(
        manifest((m) => (m.entry = 'javascript:alert(1)')),
        'entry',
      );
      expect(error.message).to.equal(
        'Fix the entry URL (entry): use an https URL or a path starting with "/" or "./"; "javascript:" URLs are never allowed; got "javascript:alert(1)".',
      );
    });
    const accepted = [
      'https://cdn.example.fi/app.js',
      'https://cdn.example.fi:8443/a/b.js?v=2',
      '/apps/timetable/app.js',
      './app.js',
      'http://localhost:5173/src/app.ts',
      'http://127.0.0.1:8080/app.js',
    ];
    for (const entry of accepted) {
      it(`accepts ${JSON.stringify(entry)}`, () => {
        expectValid(manifest((m) => (m.entry = entry)));
      });
    }
    it('refuses http on localhost in production', () => {
      const input = manifest((m) => (m.entry = 'http://localhost:5173/app.js'));
      expect(errorAt(input, 'entry', { production: true }).message).to.contain(
        'for development only',
      );
      expectValid(manifest(), { production: true });
    });
  });
  describe('when other URLs are unsafe', () => {
    it('refuses a javascript: vendor URL and a relative one', () => {
      expect(
        errorAt(
          manifest((m) => (m.vendor = { name: 'X', url: 'javascript:void 0' })),
          'vendor.url',
        ).message,
      ).to.contain('"javascript:" URLs are never allowed');
      expect(
        errorAt(
          manifest((m) => (m.vendor = { name: 'X', url: '/about' })),
          'vendor.url',
        ).code,
      ).to.equal('url');
    });
    it('takes an https API URL and refuses a plain-http one off localhost', () => {
      expectValid(
        manifest((m) => (m.api = { audience: 'https://api.x.fi', url: 'https://api.x.fi/v1' })),
      );
      const error = errorAt(
        manifest((m) => (m.api = { audience: 'https://api.x.fi', url: 'http://api.x.fi' })),
        'api.url',
      );
      expect(error.code).to.equal('url');
      expect(error.message).to.contain('the API base URL');
    });
    it('refuses a malformed vendor e-mail', () => {
      const input = manifest((m) => (m.vendor = { name: 'X', email: 'not an address' }));
      expect(errorAt(input, 'vendor.email').code).to.equal('format');
    });
  });
  describe('when the API URL is unsafe', () => {
    const api = (url: string) =>
      manifest((m) => (m.api = { audience: 'https://api.timetable.example.fi', url }));
    it('refuses a user name or password in it, as in the entry', () => {
      const error = errorAt(api('https://user:secret@api.timetable.example.fi/v1'), 'api.url');
      expect(error.code).to.equal('url');
      expect(error.message).to.equal(
        'Fix the API base URL (api.url): use an https URL without a user name or password in it; got "https://user:secret@api.timetable.example.fi/v1".',
      );
    });
    it('accepts http on localhost while developing, and refuses it in production', () => {
      const local = api('http://localhost:8080/v1');
      expectValid(local);
      const error = errorAt(local, 'api.url', { production: true });
      expect(error.code).to.equal('url');
      expect(error.message).to.contain('for development only');
      expectValid(api('https://api.timetable.example.fi/v1'), { production: true });
    });
    it('refuses a path: the API URL is absolute', () => {
      expect(errorAt(api('/api/v1'), 'api.url').code).to.equal('url');
    });
  });
  describe('when a module app is loaded from another origin than the portal', () => {
    const portalOrigin = 'https://portal.example.fi';
    const inProduction = { production: true, portalOrigin };
    const from = (entry: string, integrity?: string) =>
      manifest((m) => {
        m.entry = entry;
        if (integrity !== undefined) m.integrity = integrity;
      });
    it('requires an integrity hash in production, naming the field and both origins', () => {
      const errors = errorsOf(
        validateManifest(from('https://cdn.example.fi/timetable/app.js'), inProduction),
      );
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ path: 'integrity', code: 'integrity' });
      expect(errors[0].message).to.match(/^Add the entry integrity hash \(integrity\)/);
      expect(errors[0].message).to.contain('"https://cdn.example.fi"');
      expect(errors[0].message).to.contain('"https://portal.example.fi"');
    });
    it('accepts it with an integrity hash', () => {
      expectValid(from('https://cdn.example.fi/timetable/app.js', INTEGRITY), inProduction);
    });
    it('needs no hash for an entry on the portal origin, absolute or a path', () => {
      expectValid(from('https://portal.example.fi/apps/timetable/app.js'), inProduction);
      expectValid(from('https://PORTAL.example.fi:443/apps/timetable/app.js'), inProduction);
      expectValid(from('/apps/timetable/app.js'), inProduction);
      expectValid(from('./app.js'), inProduction);
    });
    it('needs no hash while developing, or when the portal origin is not given', () => {
      expectValid(from('https://cdn.example.fi/timetable/app.js'), { portalOrigin });
      expectValid(from('https://cdn.example.fi/timetable/app.js'), { production: true });
    });
    for (const origin of ['portal.example.fi', '', 42 as unknown as string]) {
      it(`refuses, never throwing, when the shell passes ${JSON.stringify(origin)} as its origin`, () => {
        const error = errorAt(from('https://cdn.example.fi/timetable/app.js'), 'entry', {
          production: true,
          portalOrigin: origin,
        });
        expect(error.code).to.equal('invalid');
        expect(error.message).to.contain('portalOrigin');
      });
    }
  });
});
