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

/** A list that TypeScript checks holds exactly the members of `T` (none missing, none extra). */
function exactly<T extends string>() {
  return <const A extends readonly T[]>(
    values: A & ([T] extends [A[number]] ? unknown : { missing: Exclude<T, A[number]> }),
  ): string[] => [...values].sort();
}

interface ObjectSchema {
  readonly properties: Record<string, unknown>;
  readonly required?: readonly string[];
}

const defs = APP_MANIFEST_SCHEMA.$defs;
const props = APP_MANIFEST_SCHEMA.properties;
const keysOf = (schema: ObjectSchema) => Object.keys(schema.properties).sort();
const requiredOf = (schema: ObjectSchema) => [...(schema.required ?? [])].sort();

/** Each object of the manifest: its schema, and its TypeScript type's keys and required keys. */
const OBJECTS: { name: string; schema: ObjectSchema; keys: string[]; required: string[] }[] = [
  {
    name: 'AppManifest',
    schema: APP_MANIFEST_SCHEMA,
    keys: exactly<keyof AppManifest>()([
      '$schema',
      'id',
      'name',
      'description',
      'icon',
      'vendor',
      'entry',
      'integrity',
      'isolation',
      'origin',
      'routes',
      'nav',
      'roles',
      'context',
      'api',
      'contract',
      'locales',
      'widgets',
      'events',
    ]),
    required: exactly<RequiredKeys<AppManifest>>()([
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
    ]),
  },
  {
    name: 'ManifestVendor',
    schema: props.vendor,
    keys: exactly<keyof ManifestVendor>()(['name', 'url', 'email']),
    required: exactly<RequiredKeys<ManifestVendor>>()(['name']),
  },
  {
    name: 'ManifestNavEntry',
    schema: props.nav.items,
    keys: exactly<keyof ManifestNavEntry>()(['path', 'label', 'order', 'icon']),
    required: exactly<RequiredKeys<ManifestNavEntry>>()(['path', 'label']),
  },
  {
    name: 'ManifestContextRequest',
    schema: props.context,
    keys: exactly<keyof ManifestContextRequest>()(['user', 'actingAs']),
    required: [],
  },
  {
    name: 'ManifestApi',
    schema: props.api,
    keys: exactly<keyof ManifestApi>()(['audience', 'url']),
    required: exactly<RequiredKeys<ManifestApi>>()(['audience']),
  },
  {
    name: 'AppManifest["events"]',
    schema: props.events,
    keys: exactly<keyof NonNullable<AppManifest['events']>>()(['public']),
    required: [],
  },
  {
    name: 'ManifestWidget',
    schema: props.widgets.items,
    keys: exactly<keyof ManifestWidget>()(['id', 'element', 'slot', 'name']),
    required: exactly<RequiredKeys<ManifestWidget>>()(['id', 'element', 'slot', 'name']),
  },
  ...(['name', 'label', 'description'] as const).map((def) => ({
    name: `LocalizedText ($defs.${def})`,
    schema: defs[def],
    keys: exactly<keyof LocalizedText>()(['fi', 'sv', 'en']),
    required: exactly<RequiredKeys<LocalizedText>>()(['fi', 'sv']),
  })),
];

describe('the app manifest schema and the AppManifest type', () => {
  describe('when compared object by object', () => {
    for (const object of OBJECTS) {
      it(`${object.name}: the schema has exactly the type's properties`, () => {
        expect(keysOf(object.schema)).to.deep.equal(object.keys);
      });
      it(`${object.name}: the schema requires exactly the type's required keys`, () => {
        expect(requiredOf(object.schema)).to.deep.equal(object.required);
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

  describe('when its messages name the fields', () => {
    it('lists the same fields for each object as the schema, for unknown-field messages', () => {
      // The lists are generated from the schema: this fails when they were not built again.
      const fieldsOf = (key: string) => [...(MANIFEST_FIELDS[key] ?? [])].sort();
      expect(fieldsOf('(root)')).to.deep.equal(keysOf(APP_MANIFEST_SCHEMA));
      expect(fieldsOf('vendor')).to.deep.equal(keysOf(props.vendor));
      expect(fieldsOf('nav[]')).to.deep.equal(keysOf(props.nav.items));
      expect(fieldsOf('context')).to.deep.equal(keysOf(props.context));
      expect(fieldsOf('api')).to.deep.equal(keysOf(props.api));
      expect(fieldsOf('widgets[]')).to.deep.equal(keysOf(props.widgets.items));
      expect(fieldsOf('events')).to.deep.equal(keysOf(props.events));
      expect(fieldsOf('nav[].label')).to.deep.equal(keysOf(defs.label));
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
