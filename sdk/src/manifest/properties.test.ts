import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ICON_NAMES } from '@digione/components/icon';
import { ROLES } from '@digione/sdk';
import { MINIMAL_MANIFEST } from './examples.js';
import { USER_FIELDS } from '@digione/sdk';
import type { ManifestError } from '@digione/sdk/manifest';
import { satisfies } from '@digione/sdk';
import { validateManifest, validateRegistry } from '@digione/sdk/manifest';

type Json = Record<string, unknown>;

const RUNS = { numRuns: 100 };

// Generators of valid manifests -----------------------------------------------------------------

const kebab = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => `a${parts.join('-')}`);
const text = fc.string({ minLength: 1, maxLength: 30 }).map((s) => `${s}x`);
const localized = fc.record({ fi: text, sv: text, en: text }, { requiredKeys: ['fi', 'sv'] });
const route = fc.array(kebab, { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join('/')}`);
const subset = <T>(values: readonly T[], minLength = 0) => fc.subarray([...values], { minLength });

const validManifest = fc
  .record({
    id: kebab,
    name: localized,
    description: localized,
    icon: fc.constantFrom(...ICON_NAMES),
    vendor: fc.record(
      { name: text, url: fc.constantFrom('https://example.fi', 'https://a.example.fi/about') },
      { requiredKeys: ['name'] },
    ),
    entry: fc.constantFrom(
      'https://cdn.example.fi/app.js',
      '/apps/x/app.js',
      './app.js',
      'http://localhost:5173/src/app.ts',
    ),
    isolation: fc.constant('module'),
    routes: fc.uniqueArray(route, { minLength: 1, maxLength: 4 }),
    roles: subset(ROLES, 1),
    context: fc.record({ user: subset(USER_FIELDS), actingAs: fc.boolean() }, { requiredKeys: [] }),
    api: fc.record({ audience: kebab }),
    contract: fc.constantFrom('^1.0.0', '~1.2.0', '>=1.0.0 <2.0.0', '1.0.0'),
    locales: subset(['sv', 'en']).map((rest) => ['fi', ...rest]),
    labels: fc.array(fc.tuple(localized, fc.integer({ min: -100, max: 100 })), { maxLength: 3 }),
  })
  .map(({ labels, ...m }) => ({
    ...m,
    nav: labels.map(([label, order], i) => ({
      path: m.routes[i % m.routes.length],
      label,
      order,
    })),
  }));

/** Exact origins an iframe app may have (http only on localhost, for development). */
const ORIGINS = [
  'https://timetable.example.fi',
  'https://timetable.example.fi:8443',
  'https://messages.example.fi',
  'https://example.fi',
  'http://localhost:5173',
  'http://127.0.0.1:5173',
] as const;

/** A valid iframe app: its origin, and its entry page on that origin. */
const validIframeManifest = fc
  .tuple(
    validManifest,
    fc.constantFrom(...ORIGINS),
    fc.constantFrom('/', '/index.html', '/app/', '/app/index.html?v=2'),
  )
  .map(([m, origin, page]) => ({ ...m, isolation: 'iframe', origin, entry: `${origin}${page}` }));

/** A contract version such as "1.4.0". */
const version = fc
  .tuple(fc.nat({ max: 3 }), fc.nat({ max: 4 }), fc.nat({ max: 4 }))
  .map((parts) => parts.join('.'));

// Mutations ---------------------------------------------------------------------------------------

const REQUIRED = Object.keys(MINIMAL_MANIFEST);

/** A copy of `object` without `key`. */
function without(object: object, key: string): Json {
  return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}

function paths(errors: readonly ManifestError[]): string[] {
  return errors.map((e) => e.path);
}

function refusedAt(input: unknown, path: string): boolean {
  const result = validateManifest(input);
  return !result.ok && paths(result.errors).includes(path);
}

describe('validateManifest, property-based', () => {
  describe('when given any JSON value', () => {
    it('never throws, and refuses with at least one error, each with a path and a message', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const result = validateManifest(value);
          if (result.ok) return false;
          return (
            result.errors.length > 0 &&
            result.errors.every(
              (e) => typeof e.path === 'string' && e.path && e.message.length > 10,
            )
          );
        }),
        RUNS,
      );
    });
    it('never throws on any JavaScript value, however odd', () => {
      fc.assert(
        fc.property(
          fc.anything({
            withBigInt: true,
            withMap: true,
            withSet: true,
            withDate: true,
            withTypedArray: true,
            withSparseArray: true,
            withNullPrototype: true,
            withObjectString: true,
            withBoxedValues: true,
          }),
          (value) => {
            const result = validateManifest(value);
            return !result.ok && result.errors.length > 0;
          },
        ),
        RUNS,
      );
    });
    it('never throws on random objects with manifest keys and "__proto__"', () => {
      const key = fc.constantFrom(...REQUIRED, '__proto__', 'constructor', 'widgets', 'origin');
      fc.assert(
        fc.property(fc.dictionary(key, fc.jsonValue({ maxDepth: 3 })), (value) => {
          const result = validateManifest(value);
          return result.ok || result.errors.length > 0;
        }),
        RUNS,
      );
      expect(({} as Json).polluted).to.equal(undefined);
    });
  });

  describe('when given a generated valid manifest', () => {
    it('accepts it and returns it unchanged', () => {
      fc.assert(
        fc.property(validManifest, (m) => {
          const result = validateManifest(m);
          if (!result.ok) throw new Error(JSON.stringify(result.errors));
          expect(result.manifest).to.deep.equal(m);
        }),
        RUNS,
      );
    });
    it('accepts a registry of them once ids, audiences and routes are made distinct', () => {
      fc.assert(
        fc.property(fc.array(validManifest, { maxLength: 5 }), (apps) => {
          const distinct = apps.map((m, i) => ({
            ...m,
            id: `${m.id}-n${i}`,
            api: { audience: `${m.api.audience}-n${i}` },
            routes: m.routes.map((r) => `/n${i}${r}`),
            nav: m.nav.map((n) => ({ ...n, path: `/n${i}${n.path}` })),
          }));
          const result = validateRegistry(distinct);
          if (!result.ok) throw new Error(JSON.stringify(result.errors));
          return result.apps.length === apps.length;
        }),
        { numRuns: 50 },
      );
    });
  });

  describe('when apps share API audiences', () => {
    it('runs the first app of each audience only, and refuses each later one at its audience', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 6 }), (choices) => {
          const apps = choices.map((choice, i) => ({
            ...MINIMAL_MANIFEST,
            id: `app-${i}`,
            routes: [`/app-${i}`],
            api: { audience: `urn:digione:api:${choice}` },
          }));
          const result = validateRegistry(apps);
          const firsts = [...new Set(apps.map((a) => a.api.audience))];
          expect(result.apps.map((a) => a.api.audience)).to.deep.equal(firsts);
          const later = apps.flatMap((a, i) =>
            apps.findIndex((b) => b.api.audience === a.api.audience) < i ? [i] : [],
          );
          expect(result.errors.map((e) => [e.code, e.path])).to.deep.equal(
            later.map((i) => ['duplicate-audience', `[${i}].api.audience`]),
          );
        }),
        RUNS,
      );
    });
  });

  describe("when checked against a shell's contract version", () => {
    it('accepts a manifest exactly when the version satisfies its range, saying why if not', () => {
      fc.assert(
        fc.property(validManifest, version, (m, shell) => {
          const result = validateManifest(m, { contractVersion: shell });
          if (satisfies(shell, m.contract)) return result.ok;
          if (result.ok || result.errors.length !== 1) return false;
          const [error] = result.errors;
          return (
            error.path === 'contract' &&
            error.code === 'contract-unsupported' &&
            error.message.includes(`runs DigiOne contract ${shell}`) &&
            error.message.includes(JSON.stringify(m.contract))
          );
        }),
        RUNS,
      );
    });
  });

  describe('when given a generated iframe app', () => {
    it('accepts it while its entry is on its origin', () => {
      fc.assert(
        fc.property(validIframeManifest, (m) => {
          const result = validateManifest(m);
          if (!result.ok) throw new Error(JSON.stringify(result.errors));
          return true;
        }),
        RUNS,
      );
    });
    it('refuses it at entry, naming both origins, once the entry moves to another origin', () => {
      fc.assert(
        fc.property(validIframeManifest, fc.constantFrom(...ORIGINS), (m, other) => {
          fc.pre(other !== m.origin);
          const result = validateManifest({ ...m, entry: `${other}/app/index.html` });
          if (result.ok || result.errors.length !== 1) return false;
          const [error] = result.errors;
          return (
            error.path === 'entry' &&
            error.code === 'origin' &&
            error.message.includes(JSON.stringify(m.origin)) &&
            error.message.includes(JSON.stringify(other))
          );
        }),
        RUNS,
      );
    });
    it('refuses it at entry when the entry is a path on the portal', () => {
      fc.assert(
        fc.property(
          validIframeManifest,
          fc.constantFrom('/app/index.html', './index.html'),
          (m, path) => refusedAt({ ...m, entry: path }, 'entry'),
        ),
        RUNS,
      );
    });
    it('refuses an origin on the same app run as a module', () => {
      fc.assert(
        fc.property(validIframeManifest, (m) => refusedAt({ ...m, isolation: 'module' }, 'origin')),
        RUNS,
      );
    });
  });

  describe('when a valid manifest is mutated', () => {
    it('reports a deleted required field at its path', () => {
      fc.assert(
        fc.property(validManifest, fc.constantFrom(...REQUIRED), (m, field) => {
          const copy = without(m, field);
          return refusedAt(copy, field);
        }),
        RUNS,
      );
    });
    it('reports a deleted Finnish or Swedish text at its path', () => {
      fc.assert(
        fc.property(
          validManifest,
          fc.constantFrom('name', 'description'),
          fc.constantFrom('fi', 'sv'),
          (m, field, lang) => {
            const copy: Json = { ...m, [field]: without(m[field], lang) };
            return refusedAt(copy, `${field}.${lang}`);
          },
        ),
        RUNS,
      );
    });
    it('reports a value of the wrong type at its path', () => {
      const wrong = fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.constant([]),
        fc.constant({}),
      );
      fc.assert(
        fc.property(validManifest, fc.constantFrom(...REQUIRED), wrong, (m, field, value) => {
          // [] is a valid nav and {} a valid context request: not a wrong type for those.
          const empty = JSON.stringify(value);
          fc.pre(!(field === 'nav' && empty === '[]') && !(field === 'context' && empty === '{}'));
          const copy: Json = { ...m, [field]: value };
          const result = validateManifest(copy);
          // Some replacements fit the field's type (an array for routes): then another rule fails.
          return (
            !result.ok &&
            result.errors.some(
              (e) =>
                e.path === field ||
                e.path.startsWith(`${field}.`) ||
                e.path.startsWith(`${field}[`),
            )
          );
        }),
        RUNS,
      );
    });
    it('reports an injected non-http(s) URL in the entry or vendor URL', () => {
      const scheme = fc.constantFrom(
        'javascript:',
        'JAVASCRIPT:',
        'data:',
        'vbscript:',
        'file:',
        'blob:',
        'ftp:',
        'about:',
      );
      fc.assert(
        fc.property(
          validManifest,
          scheme,
          fc.string({ maxLength: 20 }),
          fc.boolean(),
          (m, s, rest, inVendor) => {
            const url = `${s}${rest}`;
            const copy = structuredClone(m) as Json;
            if (inVendor) (copy.vendor as Json).url = url;
            else copy.entry = url;
            return refusedAt(copy, inVendor ? 'vendor.url' : 'entry');
          },
        ),
        RUNS,
      );
    });
    it('reports an unknown role at its index', () => {
      const unknown = fc
        .string({ maxLength: 12 })
        .filter((s) => !(ROLES as readonly string[]).includes(s));
      fc.assert(
        fc.property(validManifest, unknown, (m, role) => {
          const copy = { ...m, roles: [...m.roles, role] };
          return refusedAt(copy, `roles[${m.roles.length}]`);
        }),
        RUNS,
      );
    });
    it('reports an unknown top-level field by name', () => {
      const extra = fc
        .stringMatching(/^[a-z]{3,10}$/)
        .filter(
          (k) =>
            !(k in MINIMAL_MANIFEST) && !['integrity', 'origin', 'widgets', 'events'].includes(k),
        );
      fc.assert(
        fc.property(validManifest, extra, (m, key) => refusedAt({ ...m, [key]: 1 }, key)),
        RUNS,
      );
    });
  });
});
