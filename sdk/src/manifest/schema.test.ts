import { expect } from '@open-wc/testing';
import { ICON_NAMES } from '@digione/components/icon';
import { ROLES } from '@digione/sdk';
import { COMPLETE_MANIFEST, MINIMAL_MANIFEST, SIGNED_MODULE_MANIFEST } from './examples.js';
import { APP_MANIFEST_SCHEMA, USER_FIELDS } from './schema.js';
import type {
  AppManifest,
  LocalizedText,
  ManifestApi,
  ManifestContextRequest,
  ManifestNavEntry,
  ManifestVendor,
  ManifestWidget,
} from '@digione/sdk';
import { MANIFEST_FIELDS } from './generated/manifest-fields.js';
import { validateManifest } from './validate.js';

/** The keys of `T` that are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** True when `A` and `B` are the same union. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

interface ObjectSchema {
  readonly properties: Record<string, unknown>;
  readonly required?: readonly string[];
}

type SchemaKeys<S> = S extends { readonly properties: infer P } ? keyof P : never;
type SchemaRequired<S> = S extends { readonly required: readonly (infer R)[] } ? R : never;

/**
 * The schema of an object of type `T`, which compiles only when the schema has exactly `T`'s
 * properties and requires exactly `T`'s required keys: the type checker (npm run typecheck)
 * compares the schema with the TypeScript types, with no list of keys written out again.
 */
function schemaOf<T>() {
  return <const S extends ObjectSchema>(
    schema: S &
      (Same<SchemaKeys<S>, keyof T> extends true
        ? unknown
        : {
            keysDiffer: {
              missing: Exclude<keyof T, SchemaKeys<S>>;
              extra: Exclude<SchemaKeys<S>, keyof T>;
            };
          }) &
      (Same<SchemaRequired<S>, RequiredKeys<T>> extends true
        ? unknown
        : {
            requiredDiffer: {
              missing: Exclude<RequiredKeys<T>, SchemaRequired<S>>;
              extra: Exclude<SchemaRequired<S>, RequiredKeys<T>>;
            };
          }),
  ): ObjectSchema => schema;
}

const defs = APP_MANIFEST_SCHEMA.$defs;
const props = APP_MANIFEST_SCHEMA.properties;
const keysOf = (schema: ObjectSchema) => Object.keys(schema.properties).sort();
const requiredOf = (schema: ObjectSchema) => [...(schema.required ?? [])].sort();

/**
 * Each object of the manifest: its schema (checked against its TypeScript type) and where the
 * unknown-field messages list its fields (MANIFEST_FIELDS).
 */
const OBJECTS: { name: string; schema: ObjectSchema; fields: string }[] = [
  { name: 'AppManifest', schema: schemaOf<AppManifest>()(APP_MANIFEST_SCHEMA), fields: '(root)' },
  { name: 'ManifestVendor', schema: schemaOf<ManifestVendor>()(props.vendor), fields: 'vendor' },
  {
    name: 'ManifestNavEntry',
    schema: schemaOf<ManifestNavEntry>()(props.nav.items),
    fields: 'nav[]',
  },
  {
    name: 'ManifestContextRequest',
    schema: schemaOf<ManifestContextRequest>()(props.context),
    fields: 'context',
  },
  { name: 'ManifestApi', schema: schemaOf<ManifestApi>()(props.api), fields: 'api' },
  {
    name: 'AppManifest["events"]',
    schema: schemaOf<NonNullable<AppManifest['events']>>()(props.events),
    fields: 'events',
  },
  {
    name: 'ManifestWidget',
    schema: schemaOf<ManifestWidget>()(props.widgets.items),
    fields: 'widgets[]',
  },
  ...(
    [
      ['name', 'name'],
      ['label', 'nav[].label'],
      ['description', 'description'],
    ] as const
  ).map(([def, fields]) => ({
    name: `LocalizedText ($defs.${def})`,
    schema: schemaOf<LocalizedText>()(defs[def]),
    fields,
  })),
];

describe('the app manifest schema and the AppManifest type', () => {
  describe('when compared object by object', () => {
    for (const object of OBJECTS) {
      it(`${object.name}: the unknown-field messages list exactly the schema's properties`, () => {
        // The lists are generated from the schema: this fails when they were not built again.
        expect([...(MANIFEST_FIELDS[object.fields] ?? [])].sort()).to.deep.equal(
          keysOf(object.schema),
        );
      });
      it(`${object.name}: the schema requires only properties it has`, () => {
        const keys = keysOf(object.schema);
        expect(requiredOf(object.schema).filter((key) => !keys.includes(key))).to.deep.equal([]);
      });
    }
  });

  describe('when compared with the contract lists', () => {
    it('allows exactly the roles of the contract', () => {
      expect(props.roles.items.enum).to.deep.equal([...ROLES]);
    });
    it('allows exactly the d1-icon names, for the app and its nav entries', () => {
      expect(defs.icon.enum).to.deep.equal([...ICON_NAMES]);
      expect(props.nav.items.properties.icon).to.deep.equal({ $ref: '#/$defs/icon' });
    });
    it('allows exactly the user fields of DigiOneUser', () => {
      expect(props.context.properties.user.items.enum).to.deep.equal([...USER_FIELDS]);
    });
    it('allows the languages fi, sv and en, and requires fi', () => {
      expect(props.locales.items.enum).to.deep.equal(['fi', 'sv', 'en']);
      expect(props.locales.contains).to.deep.equal({ const: 'fi' });
    });
  });

  describe('when the complete example is validated', () => {
    it('accepts it, with every property present but integrity, which a module app has', () => {
      const result = validateManifest(COMPLETE_MANIFEST);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      expect([...Object.keys(COMPLETE_MANIFEST), 'integrity'].sort()).to.deep.equal(
        keysOf(APP_MANIFEST_SCHEMA),
      );
      expect(validateManifest(SIGNED_MODULE_MANIFEST).ok).to.equal(true);
    });
    it('accepts the minimal example, which has only the required properties', () => {
      expect(validateManifest(MINIMAL_MANIFEST).ok).to.equal(true);
      expect(Object.keys(MINIMAL_MANIFEST).sort()).to.deep.equal(requiredOf(APP_MANIFEST_SCHEMA));
    });
    it('accepts every optional nested property of the complete example', () => {
      expect(Object.keys(COMPLETE_MANIFEST.vendor).sort()).to.deep.equal(keysOf(props.vendor));
      expect(Object.keys(COMPLETE_MANIFEST.nav[0]).sort()).to.deep.equal(keysOf(props.nav.items));
      expect(Object.keys(COMPLETE_MANIFEST.context).sort()).to.deep.equal(keysOf(props.context));
      expect(Object.keys(COMPLETE_MANIFEST.widgets[0]).sort()).to.deep.equal(
        keysOf(props.widgets.items),
      );
      expect(Object.keys(COMPLETE_MANIFEST.events).sort()).to.deep.equal(keysOf(props.events));
    });
  });

  describe('when the committed JSON file is read', () => {
    it('is the schema built from schema.ts (run sdk/scripts/build-validator.ts if not)', async () => {
      const response = await fetch('/sdk/schema/app-manifest.schema.json');
      expect(response.ok).to.equal(true);
      expect(await response.json()).to.deep.equal(JSON.parse(JSON.stringify(APP_MANIFEST_SCHEMA)));
    });
    it('is draft 2020-12', () => {
      expect(APP_MANIFEST_SCHEMA.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    });
  });
});

describe('the generated manifest validator', () => {
  it('reports each error with what the messages read and nothing more', async () => {
    const { validate } = (await import('./generated/validate-schema.js')) as unknown as {
      validate: ((data: unknown) => boolean) & { errors?: readonly object[] | null };
    };
    expect(validate({ ...MINIMAL_MANIFEST, id: 7, nav: [{ path: 'no-slash' }] })).to.equal(false);
    const keys = new Set((validate.errors ?? []).flatMap((error) => Object.keys(error)));
    expect(validate.errors?.length ?? 0).to.be.greaterThan(1);
    // schema-errors.ts words its messages from these; a schema path in each error is only weight.
    expect([...keys].sort()).to.deep.equal(['instancePath', 'keyword', 'params']);
  });
});
