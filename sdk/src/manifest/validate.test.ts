import { expect } from '@open-wc/testing';
import { COMPLETE_MANIFEST, MINIMAL_MANIFEST } from './examples.js';
import type { ManifestError, ValidationResult } from '@digione/sdk/manifest';
import { CONTRACT_VERSION } from '@digione/sdk';
import { validateManifest } from '@digione/sdk/manifest';
import { APP_MANIFEST_SCHEMA } from './schema.js';

type Json = Record<string, unknown>;

/** A well-formed Subresource Integrity hash. */
const INTEGRITY = 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC';

/** A deep copy of the minimal manifest with `change` applied. */
function manifest(change: (m: Json) => void = () => undefined): Json {
  const copy = structuredClone(MINIMAL_MANIFEST) as unknown as Json;
  change(copy);
  return copy;
}

function errorsOf(result: ValidationResult): readonly ManifestError[] {
  expect(result.ok, 'expected the manifest to be refused').to.equal(false);
  return result.ok ? [] : result.errors;
}

/** The one error at `path`; fails when there is none. */
function errorAt(input: unknown, path: string, options = {}): ManifestError {
  const errors = errorsOf(validateManifest(input, options));
  const error = errors.find((e) => e.path === path);
  expect(error, `no error at ${path}; got ${JSON.stringify(errors)}`).to.not.equal(undefined);
  return error!;
}

function expectValid(input: unknown, options = {}) {
  const result = validateManifest(input, options);
  expect(result.ok, JSON.stringify(result)).to.equal(true);
}

describe('validateManifest', () => {
  describe('when the manifest is valid', () => {
    it('returns the manifest, equal to the input', () => {
      const result = validateManifest(MINIMAL_MANIFEST);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.manifest).to.deep.equal(MINIMAL_MANIFEST);
    });
    it('returns a frozen copy, so later changes to the input do not reach it', () => {
      const input = manifest();
      const result = validateManifest(input);
      (input.name as Json).fi = 'Muutettu';
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.manifest.name.fi).to.equal('Lukujärjestys');
      expect(Object.isFrozen(result.manifest)).to.equal(true);
      expect(Object.isFrozen(result.manifest.name)).to.equal(true);
      expect(Object.isFrozen(result.manifest.routes)).to.equal(true);
    });
    it('accepts a manifest that uses every field', () => {
      expectValid(COMPLETE_MANIFEST);
    });
  });

  describe('when the input is not an object', () => {
    for (const input of [null, undefined, 42, 'timetable', true, [], [MINIMAL_MANIFEST]]) {
      it(`refuses ${input === undefined ? 'undefined' : JSON.stringify(input)} with one error at (root)`, () => {
        const errors = errorsOf(validateManifest(input));
        expect(errors).to.have.length(1);
        expect(errors[0].path).to.equal('(root)');
        expect(errors[0].code).to.equal('type');
        expect(errors[0].message).to.match(/^Give the manifest as a JSON object; got /);
      });
    }
  });

  describe('when required fields are missing', () => {
    it('lists every missing field of an empty object, each at its own path', () => {
      const errors = errorsOf(validateManifest({}));
      expect(errors.map((e) => e.path)).to.deep.equal([
        'id',
        'name',
        'description',
        'icon',
        'vendor',
        'entry',
        'isolation',
        'routes',
        'nav',
        'roles',
        'context',
        'api',
        'contract',
        'locales',
      ]);
      expect(errors.every((e) => e.code === 'required')).to.equal(true);
    });
    it('asks for the Finnish and Swedish names', () => {
      const input = manifest((m) => (m.name = { en: 'Timetable' }));
      expect(errorAt(input, 'name.fi').message).to.equal(
        'Add the Finnish app name (name.fi): every app needs its name in Finnish and Swedish.',
      );
      expect(errorAt(input, 'name.sv').message).to.equal(
        'Add the Swedish app name (name.sv): every app needs its name in Finnish and Swedish.',
      );
    });
    it('asks for the Swedish navigation label, at nav[0].label.sv', () => {
      const input = manifest((m) => (m.nav = [{ path: '/timetable', label: { fi: 'Tunnit' } }]));
      const error = errorAt(input, 'nav[0].label.sv');
      expect(error.code).to.equal('required');
      expect(error.message).to.equal(
        'Add the Swedish navigation label (nav[0].label.sv): every label needs fi and sv.',
      );
    });
    it('asks for the Swedish description and the widget name', () => {
      const input = manifest((m) => {
        m.description = { fi: 'Kuvaus' };
        m.widgets = [
          { id: 'next', element: 'timetable-next', slot: 'home', name: { sv: 'Nästa' } },
        ];
      });
      expect(errorAt(input, 'description.sv').code).to.equal('required');
      expect(errorAt(input, 'widgets[0].name.fi').message).to.contain('Finnish widget name');
    });
    it('refuses blank names', () => {
      const input = manifest((m) => (m.name = { fi: '   ', sv: '' }));
      expect(errorAt(input, 'name.fi').message).to.equal(
        'Fill in the Finnish app name (name.fi): it is blank.',
      );
      expect(errorAt(input, 'name.sv').message).to.contain('it is empty');
    });
    it('asks for the API audience and the vendor name', () => {
      const input = manifest((m) => {
        m.api = {};
        m.vendor = {};
      });
      expect(errorAt(input, 'api.audience').message).to.contain('tokens for this audience only');
      expect(errorAt(input, 'vendor.name').code).to.equal('required');
    });
  });

  describe('when values have the wrong type', () => {
    it('names the expected type and the value given', () => {
      const input = manifest((m) => {
        m.routes = '/timetable';
        m.nav = {};
        m.context = [];
        m.id = 7;
      });
      expect(errorAt(input, 'routes').message).to.equal(
        'Set the route prefixes (routes) to an array; got the string "/timetable".',
      );
      expect(errorAt(input, 'nav').code).to.equal('type');
      expect(errorAt(input, 'context').message).to.contain('got an array');
      expect(errorAt(input, 'id').message).to.contain('got the number 7');
    });
    it('refuses a fractional or out-of-range nav order', () => {
      const input = manifest((m) => {
        m.nav = [
          { path: '/timetable', label: { fi: 'A', sv: 'B' }, order: 1.5 },
          { path: '/timetable', label: { fi: 'A', sv: 'B' }, order: 1e9 },
        ];
      });
      expect(errorAt(input, 'nav[0].order').message).to.contain('a whole number');
      expect(errorAt(input, 'nav[1].order').message).to.contain('-10000 to 10000');
    });
  });

  describe('when the id is not kebab-case', () => {
    for (const id of [
      'Timetable',
      'time table',
      'time_table',
      '-timetable',
      'timetable-',
      '1st',
      'a--b',
    ]) {
      it(`refuses ${JSON.stringify(id)}`, () => {
        const error = errorAt(
          manifest((m) => (m.id = id)),
          'id',
        );
        expect(error.code).to.equal('format');
        expect(error.message).to.contain('lowercase letters, digits and single hyphens');
      });
    }
    it('accepts "timetable-planner" and "app2"', () => {
      expectValid(manifest((m) => (m.id = 'timetable-planner')));
      expectValid(manifest((m) => (m.id = 'app2')));
    });
  });

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

  describe('when the app declares public events', () => {
    const events = (value: unknown) => manifest((m) => (m.events = value));
    it('accepts topic names other apps may subscribe to', () => {
      expectValid(events({ public: ['unread-count', 'saved'] }));
      expectValid(events({ public: [] }));
      expectValid(events({}));
    });
    for (const name of ['unread count', 'timetable:saved', '', 'x'.repeat(101)]) {
      it(`refuses the topic name ${JSON.stringify(name.slice(0, 20))}`, () => {
        const error = errorAt(events({ public: [name] }), 'events.public[0]');
        expect(['format', 'too-short', 'too-long']).to.include(error.code);
        expect(error.message).to.contain('(events.public[0])');
      });
    }
    it('says what a topic name looks like', () => {
      expect(errorAt(events({ public: ['timetable:saved'] }), 'events.public[0]').message).to.equal(
        'Fix a public event name (events.public[0]): give the name after "<app id>:" without spaces or colons, e.g. "unread-count" for the topic "timetable:unread-count"; got "timetable:saved".',
      );
    });
    it('refuses a repeated name, an unknown field and a wrong type', () => {
      expect(errorAt(events({ public: ['a', 'a'] }), 'events.public[1]').code).to.equal(
        'not-unique',
      );
      expect(errorAt(events({ private: ['a'] }), 'events.private').code).to.equal('unknown-field');
      expect(errorAt(events({ public: 'saved' }), 'events.public').code).to.equal('type');
      expect(errorAt(events(['saved']), 'events').code).to.equal('type');
    });
  });

  describe('when roles are wrong', () => {
    it('refuses an unknown role, at its index', () => {
      const error = errorAt(
        manifest((m) => (m.roles = ['teacher', 'superuser'])),
        'roles[1]',
      );
      expect(error.code).to.equal('enum');
      expect(error.message).to.contain('"learner", "teacher"');
      expect(error.message).to.contain('got "superuser"');
    });
    it('refuses an empty list and duplicates', () => {
      expect(
        errorAt(
          manifest((m) => (m.roles = [])),
          'roles',
        ).code,
      ).to.equal('too-few');
      expect(
        errorAt(
          manifest((m) => (m.roles = ['teacher', 'teacher'])),
          'roles[1]',
        ).message,
      ).to.equal('Remove the duplicate roles[1]: it repeats roles[0].');
    });
  });

  describe('when the context request is wrong', () => {
    it('refuses an unknown user field and an unknown context field', () => {
      const input = manifest((m) => (m.context = { user: ['givenName', 'ssn'], location: true }));
      expect(errorAt(input, 'context.user[1]').message).to.contain('got "ssn"');
      expect(errorAt(input, 'context.location').message).to.equal(
        'Remove the unknown field "location" (context.location): the requested context has only user, actingAs.',
      );
    });
    it('refuses a non-boolean actingAs', () => {
      expect(
        errorAt(
          manifest((m) => (m.context = { actingAs: 'yes' })),
          'context.actingAs',
        ).code,
      ).to.equal('type');
    });
  });

  describe('when unknown fields appear', () => {
    it('names each, including keys that are not identifiers', () => {
      const input = manifest((m) => {
        m.rotues = ['/x'];
        m['odd key'] = 1;
      });
      expect(errorAt(input, 'rotues').code).to.equal('unknown-field');
      expect(errorAt(input, '["odd key"]').code).to.equal('unknown-field');
    });
    it('refuses a "__proto__" key without polluting any prototype', () => {
      const input = JSON.parse(
        JSON.stringify(MINIMAL_MANIFEST).replace('{', '{"__proto__":{"polluted":true},'),
      ) as unknown;
      expect(errorAt(input, '__proto__').code).to.equal('unknown-field');
      expect(({} as Json).polluted).to.equal(undefined);
    });
    it('ignores inherited properties: only own fields count', () => {
      const input = Object.create(manifest()) as Json;
      expect(errorAt(input, 'id').code).to.equal('required');
    });
  });

  describe('when routes and nav paths are wrong', () => {
    for (const route of ['timetable', '/', '/Timetable', '/timetable/', '//x', '/a b', '/a?b']) {
      it(`refuses the route ${JSON.stringify(route)}`, () => {
        expect(
          errorAt(
            manifest((m) => (m.routes = [route])),
            'routes[0]',
          ).code,
        ).to.equal('format');
      });
    }
    it('refuses an empty route list and duplicate routes', () => {
      expect(
        errorAt(
          manifest((m) => (m.routes = [])),
          'routes',
        ).message,
      ).to.contain('at least one path');
      expect(
        errorAt(
          manifest((m) => (m.routes = ['/a', '/a'])),
          'routes[1]',
        ).code,
      ).to.equal('not-unique');
    });
    it("refuses a nav path outside the app's routes", () => {
      const input = manifest((m) => (m.nav = [{ path: '/messages', label: { fi: 'V', sv: 'M' } }]));
      const error = errorAt(input, 'nav[0].path');
      expect(error.code).to.equal('nav-outside-routes');
      expect(error.message).to.contain('"/timetable"');
    });
    it('accepts a nav path below a route, but not one that only shares its first letters', () => {
      expectValid(
        manifest((m) => (m.nav = [{ path: '/timetable/week', label: { fi: 'V', sv: 'V' } }])),
      );
      const input = manifest(
        (m) => (m.nav = [{ path: '/timetables', label: { fi: 'V', sv: 'V' } }]),
      );
      expect(errorAt(input, 'nav[0].path').code).to.equal('nav-outside-routes');
    });
  });

  describe('when the contract range, locales, icon or integrity are wrong', () => {
    for (const contract of ['latest', '1', '^1.0', '1.0.0 ||  2.0.0', '>= 1.0.0', '']) {
      it(`refuses the contract range ${JSON.stringify(contract)}`, () => {
        expect(
          errorAt(
            manifest((m) => (m.contract = contract)),
            'contract',
          ).code,
        ).to.equal('contract-range');
      });
    }
    for (const contract of ['1.0.0', '^1.0.0', '~1.2.3', '>=1.0.0 <2.0.0', '^9.0.0']) {
      it(`accepts the contract range ${JSON.stringify(contract)}`, () => {
        expectValid(manifest((m) => (m.contract = contract)));
      });
    }
    it('requires Finnish among the locales', () => {
      expect(
        errorAt(
          manifest((m) => (m.locales = ['sv', 'en'])),
          'locales',
        ).message,
      ).to.equal(
        'Add "fi" to the supported languages (locales): every app supports Finnish, the portal\'s default language.',
      );
      expect(
        errorAt(
          manifest((m) => (m.locales = ['fi', 'de'])),
          'locales[1]',
        ).code,
      ).to.equal('enum');
    });
    it('refuses an icon that d1-icon does not draw', () => {
      expect(
        errorAt(
          manifest((m) => (m.icon = 'unicorn')),
          'icon',
        ).message,
      ).to.contain('"calendar"');
    });
    it('refuses an integrity that is not sha384 or sha512', () => {
      expect(
        errorAt(
          manifest((m) => (m.integrity = 'md5-abc')),
          'integrity',
        ).message,
      ).to.contain('sha384-');
    });
  });

  describe("when checked against the shell's contract version", () => {
    const needs = (contract: string) => manifest((m) => (m.contract = contract));
    it('accepts an app whose range includes the shell of this SDK', () => {
      expectValid(MINIMAL_MANIFEST, { contractVersion: CONTRACT_VERSION });
      expectValid(COMPLETE_MANIFEST, { contractVersion: CONTRACT_VERSION });
    });
    for (const [contract, shell] of [
      ['^1.0.0', '1.4.2'],
      ['~1.2.0', '1.2.9'],
      ['>=1.0.0 <2.0.0', '1.9.0'],
      ['1.3.0', '1.3.0'],
    ]) {
      it(`accepts ${contract} on a shell that runs ${shell}`, () => {
        expectValid(needs(contract), { contractVersion: shell });
      });
    }
    it('refuses an app that needs a newer contract, saying what runs and what it needs', () => {
      const errors = errorsOf(validateManifest(needs('^2.0.0'), { contractVersion: '1.0.0' }));
      expect(errors).to.deep.equal([
        {
          path: 'contract',
          code: 'contract-unsupported',
          message:
            'This shell runs DigiOne contract 1.0.0, but the app needs "^2.0.0" (contract), a newer one: the shell skips the app until it runs a contract in that range. If the app also works with 1.0.0, widen the range to include it, e.g. "^1.0.0".',
        },
      ]);
    });
    for (const [contract, shell] of [
      ['~1.2.0', '1.1.5'],
      ['>1.0.0', '1.0.0'],
      ['>=1.1.0 <2.0.0', '1.0.9'],
      ['1.0.1', '1.0.0'],
    ]) {
      it(`says ${contract} needs a newer contract than ${shell}`, () => {
        const error = errorAt(needs(contract), 'contract', { contractVersion: shell });
        expect(error.code).to.equal('contract-unsupported');
        expect(error.message).to.contain(`runs DigiOne contract ${shell}`);
        expect(error.message).to.contain('a newer one');
      });
    }
    it('refuses an app that supports only older contracts', () => {
      const error = errorAt(needs('>=1.0.0 <1.5.0'), 'contract', { contractVersion: '2.1.0' });
      expect(error.message).to.equal(
        'This shell runs DigiOne contract 2.1.0, but the app needs ">=1.0.0 <1.5.0" (contract), an older one: the shell skips the app. Test the app against contract 2.1.0 and widen the range to include it, e.g. "^2.1.0".',
      );
      expect(errorAt(needs('^1.0.0'), 'contract', { contractVersion: '2.0.0' }).message).to.contain(
        'an older one',
      );
    });
    it('reports a malformed range as such, not as unsupported', () => {
      const error = errorAt(needs('latest'), 'contract', { contractVersion: '1.0.0' });
      expect(error.code).to.equal('contract-range');
    });
    for (const shell of ['latest', '1.0', '', 1 as unknown as string]) {
      it(`refuses, never throwing, when the shell passes ${JSON.stringify(shell)} as its version`, () => {
        const error = errorAt(MINIMAL_MANIFEST, 'contract', { contractVersion: shell });
        expect(error.code).to.equal('invalid');
        expect(error.message).to.contain('Pass CONTRACT_VERSION from @digione/sdk');
      });
    }
  });

  describe('when widgets are wrong', () => {
    const widget = (change: Json) => ({
      id: 'next-lesson',
      element: 'timetable-next-lesson',
      slot: 'home',
      name: { fi: 'Seuraava', sv: 'Nästa' },
      ...change,
    });
    it('refuses an element name without a hyphen, or reserved by HTML', () => {
      const input = manifest(
        (m) =>
          (m.widgets = [
            widget({ element: 'nextlesson' }),
            widget({ id: 'b', element: 'font-face' }),
          ]),
      );
      expect(errorAt(input, 'widgets[0].element').code).to.equal('format');
      expect(errorAt(input, 'widgets[1].element').message).to.contain('reserved by HTML');
    });
    it('refuses two widgets with one id or one element', () => {
      const input = manifest((m) => (m.widgets = [widget({}), widget({})]));
      expect(errorAt(input, 'widgets[1].id').code).to.equal('not-unique');
      expect(errorAt(input, 'widgets[1].element').code).to.equal('not-unique');
    });
  });

  describe('when the input is hostile', () => {
    it('reports a cycle instead of looping', () => {
      const input = manifest();
      (input.vendor as Json).self = input;
      const error = errorAt(input, 'vendor.self');
      expect(error.code).to.equal('not-json');
      expect(error.message).to.contain('refers back to (root)');
    });
    it('reports a getter that throws instead of throwing', () => {
      const input = manifest();
      Object.defineProperty(input, 'id', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      expect(errorAt(input, '(root)').message).to.contain('boom');
    });
    it('reports a proxy that throws on every trap', () => {
      const input = new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('trap');
          },
        },
      );
      expect(errorAt(input, '(root)').code).to.equal('not-json');
    });
    it('refuses a huge string without echoing it', () => {
      const huge = 'x'.repeat(2_000_000);
      const error = errorAt(
        manifest((m) => (m.name = { fi: huge, sv: 'Schema' })),
        'name.fi',
      );
      expect(error.code).to.equal('too-long');
      expect(error.message.length).to.be.below(200);
      const entry = errorAt(
        manifest((m) => (m.entry = `https://${huge} `)),
        'entry',
      );
      expect(entry.message.length).to.be.below(300);
    });
    it('refuses very deep nesting', () => {
      let deep: Json = {};
      for (let i = 0; i < 1000; i++) deep = { a: deep };
      expect(
        errorsOf(validateManifest(manifest((m) => (m.context = deep)))).length,
      ).to.be.greaterThan(0);
    });
    it('refuses an input with too many values as a whole', () => {
      const errors = errorsOf(
        validateManifest(manifest((m) => (m.nav = Array.from({ length: 50_000 }, () => 0)))),
      );
      expect(errors).to.have.length(1);
      expect(errors[0].message).to.match(/^Shrink/);
    });
    it('lists at most 100 errors and says how many more there are', () => {
      const errors = errorsOf(
        validateManifest(manifest((m) => (m.nav = Array.from({ length: 500 }, () => 0)))),
      );
      expect(errors).to.have.length(101);
      expect(errors[100].message).to.contain('more are not listed');
    });
    it('never reads a polluted Object.prototype as a field', () => {
      const proto = Object.prototype as Json;
      proto.integrity = 'md5-x';
      try {
        expectValid(manifest());
      } finally {
        delete proto.integrity;
      }
    });
  });
});
