/**
 * What each manifest field is called in the messages of `validateManifest`, why it is needed and
 * what a valid value looks like: the words every error message is built from.
 */
import { MANIFEST_FIELDS } from './generated/manifest-fields.js';
import { ROOT_PATH, type Segment } from './paths.js';

export interface FieldInfo {
  /** How a message names the field: "the Swedish navigation label". */
  readonly label: string;
  /** Why it is needed, after a colon in "Add …" messages. */
  readonly why?: string;
  /** What a valid value looks like, for pattern errors. */
  readonly format?: string;
  /** The fields an object accepts, for unknown-field errors: from the schema (`MANIFEST_FIELDS`). */
  readonly fields?: readonly string[];
}

const KEBAB = 'use lowercase letters, digits and single hyphens, starting with a letter';
/** How to make an entry integrity hash, for messages that ask for one. */
export const INTEGRITY_HOWTO =
  'a Subresource Integrity hash: "sha384-" and 64 base64 characters (openssl dgst -sha384 -binary app.js | openssl base64 -A)';
const LANGUAGES = { fi: 'Finnish', sv: 'Swedish', en: 'English' } as const;

function localized(
  base: string,
  what: string,
  noun: string,
  why: string,
): Record<string, FieldInfo> {
  const info: Record<string, FieldInfo> = {
    [base]: { label: `the ${what}`, why },
  };
  for (const [code, language] of Object.entries(LANGUAGES)) {
    info[`${base}.${code}`] = {
      label: `the ${language} ${noun}`,
      ...(code === 'en' ? {} : { why }),
    };
  }
  return info;
}

/**
 * Field descriptions by path with array indices as `[]`: `nav[].label.sv`. What fields an object
 * accepts comes from the schema: `fieldInfo` adds it.
 */
export const FIELDS: Readonly<Record<string, FieldInfo>> = {
  [ROOT_PATH]: { label: 'the manifest' },
  $schema: { label: 'the schema reference' },
  id: {
    label: 'the app id',
    why: 'every app needs a unique id, e.g. "timetable"',
    format: `${KEBAB}, e.g. "timetable"`,
  },
  ...localized('name', 'app name', 'app name', 'every app needs its name in Finnish and Swedish'),
  ...localized(
    'description',
    'app description',
    'app description',
    'every app needs its description in Finnish and Swedish',
  ),
  icon: { label: 'the app icon', why: 'the portal shows it in the navigation' },
  vendor: {
    label: 'the vendor',
    why: 'operators need to know who makes the app',
  },
  'vendor.name': { label: 'the vendor name', why: 'operators need to know who makes the app' },
  'vendor.url': { label: 'the vendor web site' },
  'api.url': { label: 'the API base URL', why: 'the app calls its API there' },
  'vendor.email': {
    label: 'the vendor contact e-mail',
    format: 'use an address like "support@example.fi"',
  },
  entry: {
    label: 'the entry URL',
    why: 'the shell loads the app from it',
  },
  integrity: {
    label: 'the entry integrity hash',
    format: `use ${INTEGRITY_HOWTO}`,
  },
  isolation: {
    label: 'the isolation mode',
    why: '"module" runs the app in the page, "iframe" in a sandboxed frame',
  },
  origin: {
    label: 'the iframe origin',
    why: 'an iframe app needs its exact origin, e.g. "https://timetable.example.fi", so messages from anywhere else are ignored',
  },
  routes: {
    label: 'the route prefixes',
    why: 'every app owns at least one path, e.g. "/timetable"',
  },
  'routes[]': {
    label: 'a route prefix',
    format:
      'start with "/" and use lowercase letters, digits and hyphens in each segment, with no trailing slash, e.g. "/timetable"',
  },
  nav: { label: 'the navigation entries', why: 'list them, or give [] for an app without any' },
  'nav[]': { label: 'a navigation entry' },
  'nav[].path': {
    label: 'the navigation path',
    why: "every entry leads somewhere inside the app's routes",
    format: 'start with "/" and use URL path characters, no empty segments, e.g. "/timetable/week"',
  },
  ...localized(
    'nav[].label',
    'navigation label',
    'navigation label',
    'every label needs fi and sv',
  ),
  'nav[].order': { label: 'the navigation order' },
  'nav[].icon': { label: 'the navigation icon' },
  roles: {
    label: 'the allowed roles',
    why: 'list the roles that may use the app, e.g. ["teacher", "learner"]',
  },
  'roles[]': { label: 'a role' },
  context: {
    label: 'the requested context',
    why: 'say which context the app receives; {} asks for nothing',
  },
  'context.user': { label: 'the requested user fields' },
  'context.user[]': { label: 'a user field' },
  'context.actingAs': { label: 'the acting-as request' },
  api: {
    label: 'the API',
    why: 'the shell issues the app tokens for its own API audience only',
  },
  'api.audience': {
    label: 'the API audience',
    why: 'the shell issues the app tokens for this audience only, e.g. "https://api.timetable.example.fi"',
    format: 'use one word or URL without spaces, e.g. "https://api.timetable.example.fi"',
  },
  version: {
    label: "the app's version",
    why: 'say which release of the app this is, e.g. "2.3.1"',
    format: 'use Semantic Versioning: MAJOR.MINOR.PATCH, e.g. "2.3.1" or "1.0.0-beta.2"',
  },
  contract: {
    label: 'the contract range',
    why: 'say which contract versions the app works with, e.g. "^1.0.0"',
    format: 'use a range such as "^1.0.0", "~1.2.0" or ">=1.0.0 <2.0.0"',
  },
  locales: {
    label: 'the supported languages',
    why: 'list the languages the app speaks; "fi" at least',
  },
  'locales[]': { label: 'a language' },
  widgets: { label: 'the widgets' },
  'widgets[]': { label: 'a widget' },
  'widgets[].id': {
    label: 'the widget id',
    why: 'every widget needs an id unique within the app',
    format: `${KEBAB}, e.g. "next-lesson"`,
  },
  'widgets[].element': {
    label: 'the widget element',
    why: 'name the custom element the shell places',
    format:
      'use a custom element name: lowercase, starting with a letter and containing a hyphen, e.g. "timetable-next-lesson"',
  },
  'widgets[].slot': {
    label: 'the widget slot',
    why: 'say where the shell places the widget, e.g. "home"',
    format: `${KEBAB}, e.g. "home"`,
  },
  ...localized(
    'widgets[].name',
    'widget name',
    'widget name',
    'every widget needs its name in Finnish and Swedish',
  ),
  events: { label: 'the public events' },
  'events.public': { label: 'the public event names' },
  'events.public[]': {
    label: 'a public event name',
    format: 'give the name after "<app id>:" without spaces or colons, e.g. "unread-count"',
  },
};

/** The path with indices blanked, to look up `FIELDS`: `nav[].label.sv`. */
export function fieldKey(segments: readonly Segment[]): string {
  const key = segments
    .map((s, i) => (typeof s === 'number' ? '[]' : i === 0 ? s : `.${s}`))
    .join('');
  return key || ROOT_PATH;
}

/** The description of the field at a path, or a plain name for a field without one. */
export function fieldInfo(segments: readonly Segment[]): FieldInfo {
  const key = fieldKey(segments);
  const fields = Object.hasOwn(MANIFEST_FIELDS, key) ? { fields: MANIFEST_FIELDS[key] } : {};
  if (Object.hasOwn(FIELDS, key)) return { ...FIELDS[key], ...fields };
  const last = segments[segments.length - 1];
  return { label: typeof last === 'number' ? 'this entry' : `the field "${last}"`, ...fields };
}
