import { expect } from '@open-wc/testing';
import { validateManifest } from '@digione/sdk/manifest';
import { COMPLETE_MANIFEST, MINIMAL_MANIFEST } from './examples.js';
import { APP_MANIFEST_SCHEMA } from './schema.js';
import { errorAt, errorsOf, expectValid, manifest, type Json } from './fixtures/validation.js';

describe("validateManifest: the manifest's shape", () => {
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
      expect(errors.map((e) => e.path)).to.deep.equal([...APP_MANIFEST_SCHEMA.required]);
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
  describe("when the app's version is given", () => {
    it('accepts Semantic Versioning versions', () => {
      for (const version of ['0.1.0', '2.3.1', '1.0.0-beta.2', '10.20.30+build.7']) {
        expectValid(manifest((m) => (m.version = version)));
      }
    });
    for (const version of ['2.3', 'v2.3.1', '01.2.3', '2.3.1 ', '^2.3.1', '']) {
      it(`refuses ${JSON.stringify(version)}, naming the field and the format`, () => {
        const error = errorAt(
          manifest((m) => (m.version = version)),
          'version',
        );
        expect(error.message).to.contain("the app's version");
        expect(error.message).to.contain('MAJOR.MINOR.PATCH');
      });
    }
    it('refuses a version that is not a string', () => {
      expect(
        errorAt(
          manifest((m) => (m.version = 2)),
          'version',
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
