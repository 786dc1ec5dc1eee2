/**
 * The app manifest's JSON Schema (draft 2020-12), built from the contract's own lists (roles, user
 * fields, icon names) so that it cannot drift from them. `sdk/scripts/build-validator.ts` writes it to
 * `sdk/schema/app-manifest.schema.json` and compiles it into `generated/validate-schema.ts`.
 *
 * The schema checks structure. What it cannot say well (URL schemes beyond a first pattern, exact
 * origins, an iframe entry on its origin, contract ranges and the shell's contract version, nav
 * paths inside routes, unique widget ids, integrity for an entry on another origin than the portal
 * in production) `rules.ts` checks after it; what involves several apps (unique ids and API
 * audiences, routes that collide) `validateRegistry` does.
 */
import { ICON_NAMES } from '@digione/components/icon';
import { ROLES, USER_FIELDS } from '../context/types.js';

/** The user fields an app may request, in `context.user`: the contract's own list. */
export { USER_FIELDS };

/** The portal's languages, Finnish first. */
export const MANIFEST_LOCALES = ['fi', 'sv', 'en'] as const;

/** Lowercase kebab-case: a letter first, then letters, digits and single hyphens. */
export const KEBAB_PATTERN = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';
/** A path prefix: "/" and lowercase kebab-case segments, no trailing slash. */
export const ROUTE_PATTERN = '^/[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$';
/** A nav path: a route, optionally followed by more path segments. */
export const NAV_PATH_PATTERN =
  "^/[A-Za-z0-9._~!$&'()*+,;=:@%-]+(/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)*$";
/**
 * A first check of the entry URL (values.ts parses it fully): https, http on localhost, or a path
 * starting with "/" or "./" (but not "//", a URL on another host).
 */
export const ENTRY_PATTERN =
  '^(https://[^\\s/?#\\\\]+([/?#][^\\s]*)?|http://(localhost|127\\.0\\.0\\.1)(:[0-9]{1,5})?([/?#][^\\s]*)?|\\.?/(?![/\\\\])[^\\s]*)$';
/** An https URL (http on localhost while developing). */
export const HTTP_URL_PATTERN =
  '^(https://[^\\s/?#\\\\]+([/?#][^\\s]*)?|http://(localhost|127\\.0\\.0\\.1)(:[0-9]{1,5})?([/?#][^\\s]*)?)$';
/** An origin: scheme, host and optional port, nothing after. */
export const ORIGIN_PATTERN =
  '^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?|http://(localhost|127\\.0\\.0\\.1)(:[0-9]{1,5})?)$';
/** Subresource integrity: a SHA-384 or SHA-512 digest in base64. */
export const INTEGRITY_PATTERN = '^(sha384-[A-Za-z0-9+/]{64}|sha512-[A-Za-z0-9+/]{86}==)$';
/** A contract range as `satisfies` reads it: comparators separated by spaces. */
export const CONTRACT_PATTERN =
  '^(\\^|~|>=|<=|>|<|=)?[0-9]+\\.[0-9]+\\.[0-9]+( +(\\^|~|>=|<=|>|<|=)?[0-9]+\\.[0-9]+\\.[0-9]+)*$';
/**
 * An app's own version: Semantic Versioning 2.0.0 (MAJOR.MINOR.PATCH, an optional pre-release
 * and build metadata), the regular expression semver.org gives.
 */
export const VERSION_PATTERN =
  '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-((0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*))?(\\+([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?$';
/**
 * The name of an event topic after its namespace ("unread-count" of "messages:unread-count"): the
 * event bus's own rule, no whitespace and no colon.
 */
export const TOPIC_NAME_PATTERN = '^[^\\s:]+$';
/** A custom element name: lowercase, starting with a letter, with at least one hyphen. */
export const ELEMENT_PATTERN = '^[a-z][a-z0-9._]*-[a-z0-9._-]*$';
/** An e-mail address, loosely (with a linear-time pattern). */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$';

const text = (maxLength: number) =>
  ({ type: 'string', minLength: 1, maxLength, pattern: '\\S' }) as const;

/** The app manifest schema. */
export const APP_MANIFEST_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.digione.fi/sdk/app-manifest/1.json',
  title: 'DigiOne app manifest',
  description:
    'What a vendor ships beside its code so the DigiOne Portal shell can list, route to, load and isolate the app.',
  type: 'object',
  additionalProperties: false,
  required: [
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
  ],
  properties: {
    $schema: { type: 'string', maxLength: 2048 },
    id: {
      description: 'Lowercase kebab-case, unique in the registry, e.g. "timetable".',
      type: 'string',
      minLength: 2,
      maxLength: 64,
      pattern: KEBAB_PATTERN,
    },
    name: { $ref: '#/$defs/name' },
    description: { $ref: '#/$defs/description' },
    icon: { $ref: '#/$defs/icon' },
    vendor: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: text(100),
        url: { type: 'string', maxLength: 2048, pattern: HTTP_URL_PATTERN },
        email: { type: 'string', maxLength: 254, pattern: EMAIL_PATTERN },
      },
    },
    entry: {
      description:
        'The ES module (or iframe page): https, http on localhost while developing, or a path starting with "/" or "./". An iframe page is an absolute URL on the app\'s origin.',
      type: 'string',
      minLength: 1,
      maxLength: 2048,
      pattern: ENTRY_PATTERN,
    },
    integrity: {
      description:
        'Subresource integrity of a module app\'s entry, e.g. "sha384-…": the shell runs the code only if it matches. Required in production when the entry is on another origin than the portal. An iframe app has none: a framed page cannot be checked against a hash.',
      type: 'string',
      pattern: INTEGRITY_PATTERN,
    },
    isolation: { type: 'string', enum: ['module', 'iframe'] },
    origin: {
      description:
        'The exact origin of an iframe app, e.g. "https://timetable.example.fi"; its entry is served from it. Only iframe apps have one.',
      type: 'string',
      maxLength: 2048,
      pattern: ORIGIN_PATTERN,
    },
    routes: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      uniqueItems: true,
      items: { type: 'string', maxLength: 200, pattern: ROUTE_PATTERN },
    },
    nav: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'label'],
        properties: {
          path: { type: 'string', maxLength: 500, pattern: NAV_PATH_PATTERN },
          label: { $ref: '#/$defs/label' },
          order: { type: 'integer', minimum: -10000, maximum: 10000 },
          icon: { $ref: '#/$defs/icon' },
        },
      },
    },
    roles: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', enum: [...ROLES] },
    },
    context: {
      type: 'object',
      additionalProperties: false,
      properties: {
        user: {
          type: 'array',
          uniqueItems: true,
          items: { type: 'string', enum: [...USER_FIELDS] },
        },
        actingAs: { type: 'boolean' },
      },
    },
    api: {
      type: 'object',
      additionalProperties: false,
      required: ['audience'],
      properties: {
        audience: {
          description:
            "The API's audience: the shell gives the app access tokens for it and no other. Unique in the registry; a second app with the same audience is refused.",
          type: 'string',
          minLength: 1,
          maxLength: 500,
          pattern: '^\\S+$',
        },
        url: {
          description:
            "The API's base URL, given to the app as context.apiUrl: an absolute https URL (http on localhost while developing) without a user name or password.",
          type: 'string',
          maxLength: 2048,
          pattern: HTTP_URL_PATTERN,
        },
      },
    },
    version: {
      description:
        'The version of the app itself (Semantic Versioning), e.g. "2.3.1": shown to operators on the portal\'s diagnostics page and reported with its timings.',
      type: 'string',
      maxLength: 100,
      pattern: VERSION_PATTERN,
    },
    contract: {
      description: 'The contract versions the app works with, e.g. "^1.0.0".',
      type: 'string',
      maxLength: 200,
      pattern: CONTRACT_PATTERN,
    },
    locales: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', enum: [...MANIFEST_LOCALES] },
      contains: { const: 'fi' },
    },
    widgets: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'element', 'slot', 'name'],
        properties: {
          id: { type: 'string', maxLength: 64, pattern: KEBAB_PATTERN },
          element: { type: 'string', maxLength: 100, pattern: ELEMENT_PATTERN },
          slot: { type: 'string', maxLength: 64, pattern: KEBAB_PATTERN },
          name: { $ref: '#/$defs/name' },
        },
      },
    },
    events: {
      description:
        'The app\'s events other apps may hear. An app hears its own topics ("<id>:…") and the shell\'s ("shell:navigated"); another app\'s only those that app lists here.',
      type: 'object',
      additionalProperties: false,
      properties: {
        public: {
          description:
            'Names of the app\'s topics every app may subscribe to, without the "<id>:" prefix: ["unread-count"] makes "messages:unread-count" public for the app "messages".',
          type: 'array',
          maxItems: 50,
          uniqueItems: true,
          items: { type: 'string', minLength: 1, maxLength: 100, pattern: TOPIC_NAME_PATTERN },
        },
      },
    },
  },
  // An iframe app names its exact origin, and gives no integrity (a framed page is not checked
  // against a hash); an app in the page runs on the portal's origin and has none of its own.
  if: { required: ['isolation'], properties: { isolation: { const: 'iframe' } } },
  then: { required: ['origin'], properties: { integrity: false } },
  else: { properties: { origin: false } },
  $defs: {
    name: {
      type: 'object',
      additionalProperties: false,
      required: ['fi', 'sv'],
      properties: { fi: text(100), sv: text(100), en: text(100) },
    },
    label: {
      type: 'object',
      additionalProperties: false,
      required: ['fi', 'sv'],
      properties: { fi: text(60), sv: text(60), en: text(60) },
    },
    description: {
      type: 'object',
      additionalProperties: false,
      required: ['fi', 'sv'],
      properties: { fi: text(1000), sv: text(1000), en: text(1000) },
    },
    icon: { type: 'string', enum: [...ICON_NAMES] },
  },
} as const;
