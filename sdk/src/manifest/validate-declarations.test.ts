import { expect } from '@open-wc/testing';
import { CONTRACT_VERSION } from '@digione/sdk';
import { validateManifest } from '@digione/sdk/manifest';
import { COMPLETE_MANIFEST, MINIMAL_MANIFEST } from './examples.js';
import { errorAt, errorsOf, expectValid, manifest, type Json } from './fixtures/validation.js';

describe('validateManifest: what the app declares', () => {
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
});
