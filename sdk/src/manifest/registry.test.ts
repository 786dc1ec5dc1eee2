import { expect } from '@open-wc/testing';
import { COMPLETE_MANIFEST } from './examples.js';
import { manifest, type Json } from './fixtures/validation.js';
import { routesCollide, validateRegistry } from '@digione/sdk/manifest';

function app(id: string, routes: string[], change: (m: Json) => void = () => undefined): Json {
  return manifest((m) => {
    m.id = id;
    m.routes = routes;
    // Each app calls its own API: two apps with one audience would share tokens.
    m.api = { audience: `https://api.${id}.example.fi` };
    change(m);
  });
}

describe('validateRegistry', () => {
  describe('when every app is valid and nothing collides', () => {
    it('returns every app, in order, and no errors', () => {
      const result = validateRegistry([
        app('timetable', ['/timetable']),
        COMPLETE_MANIFEST,
        app('message', ['/message']),
      ]);
      expect(result.ok).to.equal(true);
      expect(result.errors).to.deep.equal([]);
      expect(result.apps.map((a) => a.id)).to.deep.equal(['timetable', 'messages', 'message']);
    });
    it('accepts an empty registry', () => {
      expect(validateRegistry([])).to.deep.equal({ ok: true, apps: [], errors: [] });
    });
  });

  describe('when the input is not an array', () => {
    for (const input of [null, undefined, {}, 'apps', 3]) {
      it(`refuses ${input === undefined ? 'undefined' : JSON.stringify(input)} at (root)`, () => {
        const result = validateRegistry(input);
        expect(result.ok).to.equal(false);
        expect(result.apps).to.deep.equal([]);
        expect(result.errors.map((e) => e.path)).to.deep.equal(['(root)']);
      });
    }
  });

  describe('when some apps are invalid', () => {
    it('keeps the valid ones and reports the others with indexed paths and app ids', () => {
      const result = validateRegistry([
        app('timetable', ['/timetable']),
        app(
          'grades',
          ['/grades'],
          (m) => (m.nav = [{ path: '/grades', label: { fi: 'Arvosanat' } }]),
        ),
        42,
        app('diary', ['/diary']),
      ]);
      expect(result.ok).to.equal(false);
      expect(result.apps.map((a) => a.id)).to.deep.equal(['timetable', 'diary']);
      const label = result.errors.find((e) => e.path === '[1].nav[0].label.sv');
      expect(label).to.deep.equal({
        path: '[1].nav[0].label.sv',
        code: 'required',
        appId: 'grades',
        message:
          'App "grades": Add the Swedish navigation label ([1].nav[0].label.sv): every label needs fi and sv.',
      });
      const notObject = result.errors.find((e) => e.path === '[2]');
      expect(notObject?.message).to.equal(
        'Give the app at [2] as a JSON object; got the number 42.',
      );
      expect(notObject?.appId).to.equal(undefined);
    });
  });

  describe('when two apps share an id', () => {
    it('keeps the first and refuses the later one at its id', () => {
      const result = validateRegistry([
        app('timetable', ['/a']),
        app('timetable', ['/b'], (m) => (m.api = { audience: 'https://api.b.example.fi' })),
      ]);
      expect(result.apps.map((a) => a.routes[0])).to.deep.equal(['/a']);
      expect(result.errors).to.have.length(1);
      expect(result.errors[0]).to.include({
        path: '[1].id',
        code: 'duplicate-id',
        appId: 'timetable',
      });
      expect(result.errors[0].message).to.contain('already the id of the app at [0]');
    });
  });

  describe('when two apps declare the same API audience', () => {
    const audience = (value: string) => (m: Json) => (m.api = { audience: value });
    it('keeps the first, refuses the later one at its audience naming both apps, and runs the rest', () => {
      const shared = 'https://api.shared.example.fi';
      const result = validateRegistry([
        app('first', ['/first'], audience(shared)),
        app('second', ['/second'], audience(shared)),
        app('third', ['/third']),
      ]);
      expect(result.ok).to.equal(false);
      expect(result.apps.map((a) => a.id)).to.deep.equal(['first', 'third']);
      expect(result.errors).to.deep.equal([
        {
          path: '[1].api.audience',
          code: 'duplicate-audience',
          appId: 'second',
          message:
            'App "second": Give the app at [1] an API audience of its own ([1].api.audience): "https://api.shared.example.fi" is already the audience of app "first" ([0].api.audience), and the shell would give this app the access tokens of "first".',
        },
      ]);
    });
    it('compares only with apps that were accepted', () => {
      const shared = audience('https://api.shared.example.fi');
      const broken = app('broken', ['/broken'], (m) => {
        shared(m);
        m.icon = 'unicorn';
      });
      const result = validateRegistry([broken, app('second', ['/second'], shared)]);
      expect(result.apps.map((a) => a.id)).to.deep.equal(['second']);
      expect(result.errors.map((e) => e.code)).to.deep.equal(['enum']);
    });
    it('refuses the same API URL written another way', () => {
      const result = validateRegistry([
        app('first', ['/first'], audience('https://api.shared.example.fi')),
        app('second', ['/second'], audience('HTTPS://API.shared.example.fi:443/')),
      ]);
      expect(result.apps.map((a) => a.id)).to.deep.equal(['first']);
      expect(result.errors.map((e) => [e.path, e.code])).to.deep.equal([
        ['[1].api.audience', 'duplicate-audience'],
      ]);
    });
    it('accepts audiences that differ', () => {
      const result = validateRegistry([
        app('first', ['/first'], audience('urn:digione:api:first')),
        app('second', ['/second'], audience('urn:digione:api:second')),
        app('third', ['/third'], audience('https://api.example.fi/third')),
        app('fourth', ['/fourth'], audience('https://api.example.fi/fourth')),
      ]);
      expect(result.ok).to.equal(true);
    });
  });

  describe('when routes collide', () => {
    const cases: [string, string, boolean][] = [
      ['/messages', '/messages', true],
      ['/messages', '/messages/inbox', true],
      ['/messages/inbox', '/messages', true],
      ['/a/b/c', '/a', true],
      ['/message', '/messages', false],
      ['/messages-old', '/messages', false],
      ['/a/b', '/a/c', false],
    ];
    for (const [first, second, collide] of cases) {
      it(`${collide ? 'refuses' : 'accepts'} ${first} beside ${second}`, () => {
        expect(routesCollide(first, second)).to.equal(collide);
        const result = validateRegistry([app('first', [first]), app('second', [second])]);
        expect(result.apps.map((a) => a.id)).to.deep.equal(
          collide ? ['first'] : ['first', 'second'],
        );
        if (collide) {
          expect(result.errors).to.have.length(1);
          expect(result.errors[0]).to.include({
            path: '[1].routes[0]',
            code: 'route-collision',
            appId: 'second',
          });
          expect(result.errors[0].message).to.contain(`of app "first" ([0].routes[0])`);
        } else {
          expect(result.errors).to.deep.equal([]);
        }
      });
    }
    it('lets one app own a route and the routes below it', () => {
      expect(validateRegistry([app('messages', ['/messages', '/messages/inbox'])]).ok).to.equal(
        true,
      );
    });
    it('compares only with apps that were accepted', () => {
      const broken = app('broken', ['/messages'], (m) => (m.icon = 'unicorn'));
      const result = validateRegistry([broken, app('messages', ['/messages'])]);
      expect(result.apps.map((a) => a.id)).to.deep.equal(['messages']);
      expect(result.errors.map((e) => e.code)).to.deep.equal(['enum']);
    });
  });

  describe('when two apps define the same widget element', () => {
    it('refuses the later app', () => {
      const widget = {
        id: 'unread',
        element: 'messages-unread',
        slot: 'home',
        name: { fi: 'L', sv: 'O' },
      };
      const result = validateRegistry([
        app('one', ['/one'], (m) => (m.widgets = [widget])),
        app('two', ['/two'], (m) => (m.widgets = [widget])),
      ]);
      expect(result.apps.map((a) => a.id)).to.deep.equal(['one']);
      expect(result.errors[0]).to.include({ path: '[1].widgets[0].element', code: 'not-unique' });
    });
  });

  describe("when checked against the shell's contract version", () => {
    it('leaves out the apps that need another contract, saying why, and keeps the rest', () => {
      const result = validateRegistry(
        [
          app('future', ['/future'], (m) => (m.contract = '^2.0.0')),
          app('timetable', ['/timetable']),
          app('legacy', ['/legacy'], (m) => (m.contract = '<1.0.0')),
        ],
        { contractVersion: '1.0.0' },
      );
      expect(result.ok).to.equal(false);
      expect(result.apps.map((a) => a.id)).to.deep.equal(['timetable']);
      expect(result.errors.map((e) => [e.path, e.code, e.appId])).to.deep.equal([
        ['[0].contract', 'contract-unsupported', 'future'],
        ['[2].contract', 'contract-unsupported', 'legacy'],
      ]);
      expect(result.errors[0].message).to.equal(
        'App "future": This shell runs DigiOne contract 1.0.0, but the app needs "^2.0.0" ([0].contract), a newer one: the shell skips the app until it runs a contract in that range. If the app also works with 1.0.0, widen the range to include it, e.g. "^1.0.0".',
      );
      expect(result.errors[1].message).to.contain('an older one');
    });
    it('lets a skipped app free its routes for a later app', () => {
      const result = validateRegistry(
        [
          app('future', ['/timetable'], (m) => (m.contract = '^2.0.0')),
          app('timetable', ['/timetable']),
        ],
        { contractVersion: '1.0.0' },
      );
      expect(result.apps.map((a) => a.id)).to.deep.equal(['timetable']);
      expect(result.errors.map((e) => e.code)).to.deep.equal(['contract-unsupported']);
    });
    it('checks only the range syntax without a contract version', () => {
      expect(
        validateRegistry([app('future', ['/future'], (m) => (m.contract = '^2.0.0'))]).ok,
      ).to.equal(true);
    });
  });

  describe('when an iframe app is listed', () => {
    it('refuses it when its entry is not on its origin', () => {
      const result = validateRegistry([
        COMPLETE_MANIFEST,
        app('frame', ['/frame'], (m) => {
          m.isolation = 'iframe';
          m.origin = 'https://frame.example.fi';
          m.entry = 'https://cdn.example.fi/frame/index.html';
        }),
      ]);
      expect(result.apps.map((a) => a.id)).to.deep.equal(['messages']);
      expect(result.errors).to.have.length(1);
      expect(result.errors[0]).to.include({ path: '[1].entry', code: 'origin', appId: 'frame' });
      expect(result.errors[0].message).to.contain('"https://frame.example.fi" ([1].origin)');
      expect(result.errors[0].message).to.contain('"https://cdn.example.fi"');
    });
  });

  describe('when checked for a portal in production', () => {
    it('skips a module app from another origin without integrity and an iframe app with it', () => {
      const hash = 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC';
      const result = validateRegistry(
        [
          app('unpinned', ['/unpinned'], (m) => (m.entry = 'https://cdn.example.fi/app.js')),
          app('pinned', ['/pinned'], (m) => {
            m.entry = 'https://cdn.example.fi/app.js';
            m.integrity = hash;
          }),
          app('local', ['/local'], (m) => (m.entry = '/apps/local/index.js')),
          app('framed', ['/framed'], (m) => {
            m.isolation = 'iframe';
            m.origin = 'https://framed.example.fi';
            m.entry = 'https://framed.example.fi/index.html';
            m.integrity = hash;
          }),
          app('local-api', ['/local-api'], (m) => {
            m.entry = '/apps/local-api/index.js';
            m.api = { audience: 'urn:digione:api:local', url: 'http://localhost:8080' };
          }),
        ],
        { production: true, portalOrigin: 'https://portal.example.fi' },
      );
      expect(result.apps.map((a) => a.id)).to.deep.equal(['pinned', 'local']);
      expect(result.errors.map((e) => [e.path, e.code, e.appId])).to.deep.equal([
        ['[0].integrity', 'integrity', 'unpinned'],
        ['[3].integrity', 'integrity', 'framed'],
        ['[4].api.url', 'url', 'local-api'],
      ]);
    });
  });

  describe('when the registry is large', () => {
    // How fast is the benchmark's question (`npm run bench`, scale with 500 apps), not a unit test's.
    it('checks 500 apps and keeps every one, in order', () => {
      const apps = Array.from({ length: 500 }, (_, i) =>
        app(`app-${i}`, [`/app-${i}`, `/app-${i}/more`]),
      );
      const result = validateRegistry(apps);
      expect(result.ok).to.equal(true);
      expect(result.apps.map((a) => a.id)).to.deep.equal(apps.map((_, i) => `app-${i}`));
    });
  });
});
