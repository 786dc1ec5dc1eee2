import { expect } from '@open-wc/testing';
import { validateManifest } from '@digione/sdk/manifest';
import { INTEGRITY, errorAt, errorsOf, expectValid, manifest } from './fixtures/validation.js';
import { APP_MANIFEST_SCHEMA } from './schema.js';

describe('validateManifest: iframe apps', () => {
  describe('when the app runs in an iframe', () => {
    const iframe = (origin?: string, entry = 'https://timetable.example.fi/app/index.html') =>
      manifest((m) => {
        m.isolation = 'iframe';
        m.entry = entry;
        if (origin !== undefined) m.origin = origin;
      });
    it('requires an origin', () => {
      expect(errorAt(iframe(), 'origin').message).to.match(/^Add the iframe origin \(origin\)/);
    });
    it('accepts an exact https origin that serves the entry', () => {
      expectValid(iframe('https://timetable.example.fi'));
      expectValid(
        iframe('https://timetable.example.fi:8443', 'https://timetable.example.fi:8443/app/'),
      );
    });
    it('accepts an entry whose origin is the same once the browser normalises it', () => {
      expectValid(iframe('https://timetable.example.fi', 'https://TIMETABLE.example.fi/app/'));
      expectValid(iframe('https://timetable.example.fi', 'https://timetable.example.fi:443/'));
    });
    it('refuses an entry on another origin, at entry, naming both origins', () => {
      const input = iframe('https://timetable.example.fi', 'https://cdn.example.fi/timetable/');
      const errors = errorsOf(validateManifest(input));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.deep.equal({
        path: 'entry',
        code: 'origin',
        message:
          'Serve the entry (entry) from the iframe origin "https://timetable.example.fi" (origin), or change origin: the entry\'s origin is "https://cdn.example.fi", and the shell accepts messages from the frame only from "https://timetable.example.fi" exactly; got "https://cdn.example.fi/timetable/".',
      });
    });
    for (const entry of [
      'https://timetable.example.fi:8443/app/',
      'https://www.timetable.example.fi/app/',
      'https://example.fi/timetable/',
    ]) {
      it(`refuses the entry ${entry} for the origin https://timetable.example.fi`, () => {
        const error = errorAt(iframe('https://timetable.example.fi', entry), 'entry');
        expect(error.code).to.equal('origin');
        expect(error.message).to.contain('"https://timetable.example.fi"');
        expect(error.message).to.contain(`"${new URL(entry).origin}"`);
      });
    }
    it("refuses a relative entry: it would load from the portal's own origin", () => {
      const error = errorAt(
        iframe('https://timetable.example.fi', '/timetable/index.html'),
        'entry',
      );
      expect(error.code).to.equal('origin');
      expect(error.message).to.equal(
        'Give the entry (entry) as an absolute URL on the iframe origin "https://timetable.example.fi" (origin): the path "/timetable/index.html" would load the frame from the portal\'s own origin, not from "https://timetable.example.fi".',
      );
    });
    it('accepts a page on localhost while developing, and refuses it in production', () => {
      const local = iframe('http://localhost:5173', 'http://localhost:5173/index.html');
      expectValid(local);
      expect(errorAt(local, 'origin', { production: true }).code).to.equal('url');
      expect(
        errorAt(iframe('http://localhost:5173', 'http://127.0.0.1:5173/index.html'), 'entry').code,
      ).to.equal('origin');
    });
    it('reports only the origin while the origin itself is wrong', () => {
      const errors = errorsOf(validateManifest(iframe('https://timetable.example.fi/')));
      expect(errors.map((e) => e.path)).to.deep.equal(['origin']);
    });
    for (const origin of [
      'https://timetable.example.fi/',
      'https://timetable.example.fi/app',
      'https://Timetable.example.fi',
      'data:text/html,x',
      'http://timetable.example.fi',
      '*',
      'null',
    ]) {
      it(`refuses the origin ${JSON.stringify(origin)}`, () => {
        expect(['url', 'origin']).to.include(errorAt(iframe(origin), 'origin').code);
      });
    }
    it('refuses an origin on a module app, once', () => {
      const input = manifest((m) => (m.origin = 'https://cdn.example.fi'));
      const errors = errorsOf(validateManifest(input));
      expect(errors).to.deep.equal([
        {
          path: 'origin',
          code: 'origin',
          message:
            'Remove the origin (origin) or set isolation to "iframe": only iframe apps have an origin of their own.',
        },
      ]);
    });
    it('says so in the JSON Schema too, for editors', () => {
      expect(APP_MANIFEST_SCHEMA.else).to.deep.equal({ properties: { origin: false } });
    });
    it('refuses an unknown isolation mode', () => {
      const error = errorAt(
        manifest((m) => (m.isolation = 'none')),
        'isolation',
      );
      expect(error.message).to.equal(
        'Use one of "module", "iframe" as the isolation mode (isolation); got "none".',
      );
    });
  });
  describe('when an iframe app gives an integrity hash', () => {
    const framed = manifest((m) => {
      m.isolation = 'iframe';
      m.origin = 'https://timetable.example.fi';
      m.entry = 'https://timetable.example.fi/index.html';
      m.integrity = INTEGRITY;
    });
    it('refuses it at integrity: the hash cannot be enforced on a framed page', () => {
      const errors = errorsOf(validateManifest(framed));
      expect(errors).to.have.length(1);
      expect(errors[0].path).to.equal('integrity');
      expect(errors[0].code).to.equal('integrity');
      expect(errors[0].message).to.contain('(integrity)');
      expect(errors[0].message).to.contain('cannot be enforced on a framed page');
    });
    it('says so in the JSON Schema too, for editors', () => {
      expect(APP_MANIFEST_SCHEMA.then).to.deep.equal({
        required: ['origin'],
        properties: { integrity: false },
      });
    });
  });
});
