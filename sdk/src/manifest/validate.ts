/**
 * `validateManifest` and `validateRegistry`: check app manifests against the schema (through the
 * Ajv-generated function in `generated/`), then the rules a schema cannot say well, and turn every
 * problem into a `ManifestError` with a JSON path (`nav[0].label.sv`; `(root)` for the whole input)
 * and a message that says what to fix. Neither ever throws, whatever the input.
 */
import { isVersion, satisfies } from '../contract.js';
import { validate as validateSchema } from './generated/validate-schema.js';
import type {
  AppManifest,
  ManifestError,
  ManifestErrorCode,
  RegistryValidationResult,
  ValidateOptions,
  ValidationResult,
} from './types.js';

/** The path of the whole input in `ManifestError.path`. */
export const ROOT_PATH = '(root)';

/** At most this many errors are listed per manifest (a last one says how many more there were). */
const MAX_ERRORS = 100;
/** Inputs nested deeper or holding more values than this are refused as not being a manifest. */
const MAX_DEPTH = 32;
const MAX_NODES = 20_000;

/** An error as Ajv's generated code reports it (with `messages: false`). */
interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
}
type SchemaValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

// ---------------------------------------------------------------------------------------------
// What each field is called in messages, and how to fix its format.

interface FieldInfo {
  /** How a message names the field: "the Swedish navigation label". */
  readonly label: string;
  /** Why it is needed, after a colon in "Add …" messages. */
  readonly why?: string;
  /** What a valid value looks like, for pattern errors. */
  readonly format?: string;
  /** The fields an object accepts, for unknown-field errors. */
  readonly fields?: readonly string[];
}

const KEBAB = 'use lowercase letters, digits and single hyphens, starting with a letter';
const INTEGRITY_HOWTO =
  'a Subresource Integrity hash: "sha384-" and 64 base64 characters (openssl dgst -sha384 -binary app.js | openssl base64 -A)';
const LANGUAGES = { fi: 'Finnish', sv: 'Swedish', en: 'English' } as const;

function localized(
  base: string,
  what: string,
  noun: string,
  why: string,
): Record<string, FieldInfo> {
  const info: Record<string, FieldInfo> = {
    [base]: { label: `the ${what}`, why, fields: ['fi', 'sv', 'en'] },
  };
  for (const [code, language] of Object.entries(LANGUAGES)) {
    info[`${base}.${code}`] = {
      label: `the ${language} ${noun}`,
      ...(code === 'en' ? {} : { why }),
    };
  }
  return info;
}

/** Field descriptions by path with array indices as `[]`: `nav[].label.sv`. */
export const FIELDS: Readonly<Record<string, FieldInfo>> = {
  [ROOT_PATH]: {
    label: 'the manifest',
    fields: [
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
    ],
  },
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
    fields: ['name', 'url', 'email'],
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
  'nav[]': { label: 'a navigation entry', fields: ['path', 'label', 'order', 'icon'] },
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
    fields: ['user', 'actingAs'],
  },
  'context.user': { label: 'the requested user fields' },
  'context.user[]': { label: 'a user field' },
  'context.actingAs': { label: 'the acting-as request' },
  api: {
    label: 'the API',
    why: 'the shell issues the app tokens for its own API audience only',
    fields: ['audience', 'url'],
  },
  'api.audience': {
    label: 'the API audience',
    why: 'the shell issues the app tokens for this audience only, e.g. "https://api.timetable.example.fi"',
    format: 'use one word or URL without spaces, e.g. "https://api.timetable.example.fi"',
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
  'widgets[]': { label: 'a widget', fields: ['id', 'element', 'slot', 'name'] },
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
  events: { label: 'the public events', fields: ['public'] },
  'events.public': { label: 'the public event names' },
  'events.public[]': {
    label: 'a public event name',
    format: 'give the name after "<app id>:" without spaces or colons, e.g. "unread-count"',
  },
};

// ---------------------------------------------------------------------------------------------
// Paths.

type Segment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats path segments as `nav[0].label.sv`; `(root)` when there are none. */
export function formatPath(segments: readonly Segment[], prefix = ''): string {
  let path = prefix;
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path || ROOT_PATH;
}

/** The path with indices blanked, to look up `FIELDS`: `nav[].label.sv`. */
function fieldKey(segments: readonly Segment[]): string {
  const key = segments
    .map((s, i) => (typeof s === 'number' ? '[]' : i === 0 ? s : `.${s}`))
    .join('');
  return key || ROOT_PATH;
}

function fieldInfo(segments: readonly Segment[]): FieldInfo {
  const key = fieldKey(segments);
  if (Object.hasOwn(FIELDS, key)) return FIELDS[key];
  const last = segments[segments.length - 1];
  return { label: typeof last === 'number' ? 'this entry' : `the field "${last}"` };
}

/** Turns a JSON pointer into segments, using the data to tell array indices from keys. */
function pointerSegments(pointer: string, data: unknown): Segment[] {
  if (!pointer) return [];
  const segments: Segment[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(key)) {
      segments.push(Number(key));
      node = node[Number(key)];
    } else {
      segments.push(key);
      node = isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
    }
  }
  return segments;
}

function valueAt(data: unknown, segments: readonly Segment[]): unknown {
  let node = data;
  for (const segment of segments) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isRecord(node) && typeof segment === 'string' && Object.hasOwn(node, segment))
      node = node[segment];
    else return undefined;
  }
  return node;
}

// ---------------------------------------------------------------------------------------------
// Describing values.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${preview(value)}`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    case 'undefined':
      return 'undefined';
    default:
      return `a ${typeof value} (not JSON)`;
  }
}

function preview(value: unknown): string {
  if (typeof value !== 'string') return describe(value);
  const text = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(text);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  object: 'an object',
  array: 'an array',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

// ---------------------------------------------------------------------------------------------
// URLs.

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const BASE = 'https://shell.invalid/';

/**
 * What is wrong with a URL, or undefined when it may be used: https anywhere, http only on
 * localhost outside production, relative paths only when `relative` (and never escaping to
 * another host, as "//host" or "/\host" would).
 */
function urlProblem(value: string, relative: boolean, production: boolean): string | undefined {
  const scheme = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase();
  const allowed = relative ? 'an https URL or a path starting with "/" or "./"' : 'an https URL';
  if (scheme && scheme !== 'https' && scheme !== 'http') {
    return `use ${allowed}; "${scheme}:" URLs are never allowed`;
  }
  if (!scheme && !relative) return `use ${allowed}, e.g. "https://example.fi"`;
  if (!scheme && !/^\.?\/(?![/\\])/.test(value)) {
    return `use ${allowed}; ${value.startsWith('/') ? 'a path starting with "//" or "/\\" leads to another host' : 'a relative path must start with "/" or "./"'}`;
  }
  if (/[\s\\]/.test(value)) return `use ${allowed} without spaces or backslashes`;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return `use ${allowed}; this one does not parse`;
  }
  if (!scheme && url.origin !== new URL(BASE).origin) {
    return `use ${allowed}; this path leads to another host`;
  }
  if (url.username || url.password) return `use ${allowed} without a user name or password in it`;
  if (url.protocol === 'http:') {
    if (!LOCAL_HOSTS.has(url.hostname)) {
      return `use ${allowed}; plain http is allowed only for localhost while developing`;
    }
    if (production) return `use ${allowed}; http://${url.hostname} is for development only`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Copying the input into plain data.

interface Copy {
  readonly data: unknown;
  readonly errors: ManifestError[];
  /** The input holds more than `MAX_NODES` values; `errors` says so and nothing else is checked. */
  readonly tooLarge: boolean;
}

/**
 * Copies the input into null-prototype objects and arrays, reading each own enumerable property
 * once: getters, proxies, inherited or polluted properties and `__proto__` keys can then neither
 * change the data between checks nor make the schema see something that is not there. Cycles,
 * excessive nesting and size become errors.
 */
function copyInput(input: unknown, prefix: string): Copy {
  const errors: ManifestError[] = [];
  const state = { nodes: 0, tooLarge: false };
  const ancestors: unknown[] = [];
  const ancestorPaths: Segment[][] = [];

  const copy = (value: unknown, segments: Segment[]): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (state.tooLarge) return null;
    const loop = ancestors.indexOf(value);
    if (loop >= 0) {
      errors.push({
        path: formatPath(segments, prefix),
        code: 'not-json',
        message: `Remove the cycle at ${formatPath(segments, prefix)}: it refers back to ${formatPath(ancestorPaths[loop], prefix)}, and a manifest is plain JSON.`,
      });
      return null;
    }
    if (segments.length > MAX_DEPTH) {
      errors.push({
        path: formatPath(segments, prefix),
        code: 'not-json',
        message: `Flatten ${formatPath(segments, prefix)}: a manifest is never nested more than ${MAX_DEPTH} levels deep.`,
      });
      return null;
    }
    ancestors.push(value);
    ancestorPaths.push(segments);
    try {
      if (Array.isArray(value)) {
        const length = value.length;
        state.nodes += length;
        if (state.nodes > MAX_NODES) {
          state.tooLarge = true;
          return null;
        }
        const out: unknown[] = [];
        for (let i = 0; i < length; i++) out.push(copy(value[i], [...segments, i]));
        return out;
      }
      const out = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(value)) {
        if (++state.nodes > MAX_NODES) {
          state.tooLarge = true;
          return null;
        }
        out[key] = copy((value as Record<string, unknown>)[key], [...segments, key]);
      }
      return out;
    } finally {
      ancestors.pop();
      ancestorPaths.pop();
    }
  };

  const data = copy(input, []);
  if (state.tooLarge) {
    errors.unshift({
      path: prefix || ROOT_PATH,
      code: 'not-json',
      message: `Shrink ${prefix || 'the manifest'}: it holds more than ${MAX_NODES} values, far more than any app manifest needs.`,
    });
  }
  return { data, errors, tooLarge: state.tooLarge };
}

/** A deep copy as ordinary, frozen objects: what `validateManifest` returns. */
function freezeJson(value: unknown): unknown {
  if (Array.isArray(value)) return Object.freeze(value.map((v) => freezeJson(v)));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = freezeJson(value[key]);
    return Object.freeze(out);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Schema errors to manifest errors.

function schemaErrorToManifestError(
  error: SchemaError,
  data: unknown,
  prefix: string,
  production: boolean,
): ManifestError | undefined {
  const base = pointerSegments(error.instancePath, data);
  const p = error.params;
  const at = (segments: Segment[], code: ManifestErrorCode, message: string): ManifestError => ({
    path: formatPath(segments, prefix),
    code,
    message,
  });
  const info = fieldInfo(base);
  const path = formatPath(base, prefix);
  const value = valueAt(data, base);

  switch (error.keyword) {
    case 'required': {
      const segments = [...base, String(p.missingProperty)];
      const field = fieldInfo(segments);
      return at(
        segments,
        'required',
        `Add ${field.label} (${formatPath(segments, prefix)})${field.why ? `: ${field.why}` : ''}.`,
      );
    }
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const segments = [...base, key];
      const known = info.fields ? `: ${info.label} has only ${info.fields.join(', ')}` : '';
      return at(
        segments,
        'unknown-field',
        `Remove the unknown field ${JSON.stringify(key)} (${formatPath(segments, prefix)})${known}.`,
      );
    }
    case 'type':
      if (base.length === 0) {
        return at(
          base,
          'type',
          `Give ${prefix ? `the app at ${prefix}` : 'the manifest'} as a JSON object; got ${describe(value)}.`,
        );
      }
      return at(
        base,
        'type',
        `Set ${info.label} (${path}) to ${TYPE_WORDS[String(p.type)] ?? String(p.type)}; got ${describe(value)}.`,
      );
    case 'pattern': {
      const key = fieldKey(base);
      if (p.pattern === '\\S')
        return at(base, 'too-short', `Fill in ${info.label} (${path}): it is blank.`);
      if (
        typeof value === 'string' &&
        (key === 'entry' || key === 'vendor.url' || key === 'api.url' || key === 'origin')
      ) {
        const problem =
          urlProblem(value, key === 'entry', production) ??
          (key === 'origin'
            ? 'use only scheme, host and port, e.g. "https://timetable.example.fi"'
            : 'use an https URL');
        return at(base, 'url', `Fix ${info.label} (${path}): ${problem}; got ${preview(value)}.`);
      }
      if (key === 'contract') {
        return at(
          base,
          'contract-range',
          `Fix ${info.label} (${path}): ${info.format ?? ''}; got ${preview(value)}.`,
        );
      }
      if (key === 'events.public[]') {
        const id = isRecord(data) && typeof data.id === 'string' ? data.id : 'app-id';
        return at(
          base,
          'format',
          `Fix ${info.label} (${path}): ${info.format ?? ''} for the topic "${id}:unread-count"; got ${preview(value)}.`,
        );
      }
      return at(
        base,
        'format',
        `Fix ${info.label} (${path}): ${info.format ?? `it must match ${String(p.pattern)}`}; got ${preview(value)}.`,
      );
    }
    case 'enum': {
      const allowed = Array.isArray(p.allowedValues) ? p.allowedValues : [];
      return at(
        base,
        'enum',
        `Use one of ${list(allowed)} as ${info.label} (${path}); got ${preview(value)}.`,
      );
    }
    case 'minLength':
      return p.limit === 1
        ? at(base, 'too-short', `Fill in ${info.label} (${path}): it is empty.`)
        : at(
            base,
            'too-short',
            `Lengthen ${info.label} (${path}) to at least ${String(p.limit)} characters.`,
          );
    case 'maxLength':
      return at(
        base,
        'too-long',
        `Shorten ${info.label} (${path}) to at most ${String(p.limit)} characters.`,
      );
    case 'minItems':
      return at(
        base,
        'too-few',
        `List at least ${String(p.limit)} in ${info.label} (${path})${info.why ? `: ${info.why}` : ''}.`,
      );
    case 'maxItems':
      return at(
        base,
        'too-many',
        `Keep at most ${String(p.limit)} entries in ${info.label} (${path}).`,
      );
    case 'uniqueItems': {
      const i = Number(p.i);
      const j = Number(p.j);
      const [later, earlier] = i > j ? [i, j] : [j, i];
      return at(
        [...base, later],
        'not-unique',
        `Remove the duplicate ${formatPath([...base, later], prefix)}: it repeats ${formatPath([...base, earlier], prefix)}.`,
      );
    }
    case 'contains':
      return fieldKey(base) === 'locales'
        ? at(
            base,
            'required',
            `Add "fi" to ${info.label} (${path}): every app supports Finnish, the portal's default language.`,
          )
        : at(base, 'invalid', `Fix ${info.label} (${path}): it lacks a required entry.`);
    case 'minimum':
    case 'maximum':
      return at(base, 'invalid', `Set ${info.label} (${path}) to a number from -10000 to 10000.`);
    case 'false schema':
      if (fieldKey(base) === 'origin') return at(base, 'origin', originOnModuleApp(path));
      if (fieldKey(base) === 'integrity') return at(base, 'integrity', integrityOnIframeApp(path));
      return at(base, 'unknown-field', `Remove ${info.label} (${path}): it is not allowed here.`);
    case 'if':
    case 'const':
      // Reported through the keywords they guard ("then: required", "contains").
      return undefined;
    default:
      return at(
        base,
        'invalid',
        `Fix ${info.label} (${path}): it does not match the manifest schema (${error.keyword}).`,
      );
  }
}

// ---------------------------------------------------------------------------------------------
// Rules beyond the schema.

const RESERVED_ELEMENTS = new Set([
  'annotation-xml',
  'color-profile',
  'font-face',
  'font-face-src',
  'font-face-uri',
  'font-face-format',
  'font-face-name',
  'missing-glyph',
]);

/** The exact origin of an absolute URL (`https://portal.example.fi`), or undefined. */
function originOf(value: string): string | undefined {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

function strings(value: unknown): [number, string][] {
  return Array.isArray(value)
    ? value.flatMap((v, i): [number, string][] => (typeof v === 'string' ? [[i, v]] : []))
    : [];
}

function originOnModuleApp(path: string): string {
  return `Remove the origin (${path}) or set isolation to "iframe": only iframe apps have an origin of their own.`;
}

function integrityOnIframeApp(path: string): string {
  return `Remove the entry integrity hash (${path}) or set isolation to "module": integrity cannot be enforced on a framed page, because a browser loads an iframe's page without checking it against a hash. An iframe app is kept apart by its origin instead.`;
}

/** Whether `contract` asks for a contract newer than `version` (rather than an older one). */
function needsNewer(version: string, contract: string): boolean {
  return contract
    .trim()
    .split(/\s+/)
    .some((comparator) => {
      const match = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(comparator);
      if (!match) return false;
      const [, operator = '', bound = ''] = match;
      if (operator === '<' || operator === '<=') return false;
      return satisfies(version, `${operator === '>' ? '<=' : '<'}${bound}`);
    });
}

function semanticErrors(data: unknown, prefix: string, options: ValidateOptions): ManifestError[] {
  const production = options.production === true;
  if (!isRecord(data)) return [];
  const errors: ManifestError[] = [];
  const add = (segments: Segment[], code: ManifestErrorCode, message: string) =>
    errors.push({ path: formatPath(segments, prefix), code, message });
  const p = (segments: Segment[]) => formatPath(segments, prefix);

  const url = (segments: Segment[], relative: boolean) => {
    const value = valueAt(data, segments);
    if (typeof value !== 'string') return;
    const problem = urlProblem(value, relative, production);
    if (problem)
      add(
        segments,
        'url',
        `Fix ${fieldInfo(segments).label} (${p(segments)}): ${problem}; got ${preview(value)}.`,
      );
  };
  url(['entry'], true);
  url(['vendor', 'url'], false);
  url(['api', 'url'], false);

  if (data.isolation === 'iframe' && data.integrity !== undefined) {
    add(['integrity'], 'integrity', integrityOnIframeApp(p(['integrity'])));
  }

  const origin = data.origin;
  /** The iframe app's origin, when it is one exactly. */
  let frameOrigin: string | undefined;
  if (typeof origin === 'string') {
    if (data.isolation !== 'iframe') {
      add(['origin'], 'origin', originOnModuleApp(p(['origin'])));
    }
    const problem = urlProblem(origin, false, production);
    let exact: string | undefined;
    try {
      exact = new URL(origin).origin;
    } catch {
      exact = undefined;
    }
    if (problem)
      add(
        ['origin'],
        'url',
        `Fix the iframe origin (${p(['origin'])}): ${problem}; got ${preview(origin)}.`,
      );
    else if (exact !== origin) {
      add(
        ['origin'],
        'origin',
        `Set the iframe origin (${p(['origin'])}) to exactly ${exact ? JSON.stringify(exact) : 'scheme, host and port'}: messages are checked against it character for character; got ${preview(origin)}.`,
      );
    } else if (data.isolation === 'iframe') {
      frameOrigin = origin;
    }
  }

  // The shell loads an iframe app's page from its entry and accepts messages only from its
  // origin: the two must be the same origin, or the app could never talk to the shell.
  const entry = data.entry;
  if (
    frameOrigin !== undefined &&
    typeof entry === 'string' &&
    urlProblem(entry, true, production) === undefined
  ) {
    const absolute = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(entry);
    const entryOrigin = absolute ? new URL(entry).origin : undefined;
    if (entryOrigin === undefined) {
      add(
        ['entry'],
        'origin',
        `Give the entry (${p(['entry'])}) as an absolute URL on the iframe origin ${JSON.stringify(frameOrigin)} (${p(['origin'])}): the path ${preview(entry)} would load the frame from the portal's own origin, not from ${JSON.stringify(frameOrigin)}.`,
      );
    } else if (entryOrigin !== frameOrigin) {
      add(
        ['entry'],
        'origin',
        `Serve the entry (${p(['entry'])}) from the iframe origin ${JSON.stringify(frameOrigin)} (${p(['origin'])}), or change origin: the entry's origin is ${JSON.stringify(entryOrigin)}, and the shell accepts messages from the frame only from ${JSON.stringify(frameOrigin)} exactly; got ${preview(entry)}.`,
      );
    }
  }

  // In production, code from another origin runs in the portal's page only pinned by its hash.
  if (
    production &&
    options.portalOrigin !== undefined &&
    data.isolation === 'module' &&
    data.integrity === undefined &&
    typeof entry === 'string' &&
    /^[A-Za-z][A-Za-z0-9+.-]*:/.test(entry) &&
    urlProblem(entry, true, production) === undefined
  ) {
    // Typed as a string, but a shell written in plain JavaScript may pass anything.
    const given: unknown = options.portalOrigin;
    const portal = typeof given === 'string' ? originOf(given) : undefined;
    const entryOrigin = new URL(entry).origin;
    if (portal === undefined) {
      add(
        ['entry'],
        'invalid',
        `The entry (${p(['entry'])}) cannot be checked: the portal's origin ${preview(given)} is not an origin such as "https://portal.example.fi". Pass location.origin as portalOrigin.`,
      );
    } else if (entryOrigin !== portal) {
      add(
        ['integrity'],
        'integrity',
        `Add the entry integrity hash (${p(['integrity'])}) or serve the entry from the portal's origin: in production, a module app runs in the portal's page, and its entry ${preview(entry)} is on ${JSON.stringify(entryOrigin)}, not on the portal's origin ${JSON.stringify(portal)}, so the shell runs it only pinned by its hash. Use ${INTEGRITY_HOWTO}.`,
      );
    }
  }

  const contract = data.contract;
  if (typeof contract === 'string') {
    const comparators = contract.trim().split(/\s+/).filter(Boolean);
    const parses =
      comparators.length > 0 &&
      comparators.every((c) => isVersion(c.replace(/^(\^|~|>=|<=|>|<|=)/, '')));
    if (!parses) {
      add(
        ['contract'],
        'contract-range',
        `Fix the contract range (${p(['contract'])}): use a range such as "^1.0.0", "~1.2.0" or ">=1.0.0 <2.0.0"; got ${preview(contract)}.`,
      );
    } else if (options.contractVersion !== undefined) {
      // Typed as a string, but a shell written in plain JavaScript may pass anything.
      const shell: unknown = options.contractVersion;
      if (typeof shell !== 'string' || !isVersion(shell)) {
        add(
          ['contract'],
          'invalid',
          `The contract range (${p(['contract'])}) cannot be checked: the shell's contract version ${preview(shell)} is not MAJOR.MINOR.PATCH. Pass CONTRACT_VERSION from @digione/sdk as contractVersion.`,
        );
      } else if (!satisfies(shell, contract)) {
        const version = shell.trim();
        add(
          ['contract'],
          'contract-unsupported',
          needsNewer(version, contract)
            ? `This shell runs DigiOne contract ${version}, but the app needs ${preview(contract)} (${p(['contract'])}), a newer one: the shell skips the app until it runs a contract in that range. If the app also works with ${version}, widen the range to include it, e.g. "^${version}".`
            : `This shell runs DigiOne contract ${version}, but the app needs ${preview(contract)} (${p(['contract'])}), an older one: the shell skips the app. Test the app against contract ${version} and widen the range to include it, e.g. "^${version}".`,
        );
      }
    }
  }

  const routes = strings(data.routes).map(([, route]) => route);
  if (Array.isArray(data.nav) && routes.length > 0) {
    data.nav.forEach((entry, i) => {
      if (!isRecord(entry) || typeof entry.path !== 'string') return;
      const path = entry.path;
      if (!routes.some((route) => path === route || path.startsWith(`${route}/`))) {
        add(
          ['nav', i, 'path'],
          'nav-outside-routes',
          `Point the navigation path (${p(['nav', i, 'path'])}) inside one of the app's routes (${list(routes)}), or add its prefix to routes; got ${preview(path)}.`,
        );
      }
    });
  }

  if (Array.isArray(data.widgets)) {
    const ids = new Map<string, number>();
    const elements = new Map<string, number>();
    data.widgets.forEach((widget, i) => {
      if (!isRecord(widget)) return;
      if (typeof widget.id === 'string') {
        const first = ids.get(widget.id);
        if (first === undefined) ids.set(widget.id, i);
        else
          add(
            ['widgets', i, 'id'],
            'not-unique',
            `Give the widget ${p(['widgets', i])} an id of its own: ${JSON.stringify(widget.id)} is taken by ${p(['widgets', first])}.`,
          );
      }
      if (typeof widget.element === 'string') {
        if (RESERVED_ELEMENTS.has(widget.element)) {
          add(
            ['widgets', i, 'element'],
            'format',
            `Choose another widget element (${p(['widgets', i, 'element'])}): ${JSON.stringify(widget.element)} is reserved by HTML and cannot be a custom element.`,
          );
        }
        const first = elements.get(widget.element);
        if (first === undefined) elements.set(widget.element, i);
        else
          add(
            ['widgets', i, 'element'],
            'not-unique',
            `Give the widget ${p(['widgets', i])} an element of its own: ${JSON.stringify(widget.element)} is used by ${p(['widgets', first])}.`,
          );
      }
    });
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// The public functions.

const ROOT_FIELDS = FIELDS[ROOT_PATH].fields ?? [];

/** Sorts errors in the order of the manifest's fields (stable within a field). */
function sortByField(errors: ManifestError[], prefix: string): ManifestError[] {
  const rank = (error: ManifestError) => {
    const rest = error.path.slice(prefix.length).replace(/^\./, '');
    const field = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(rest)?.[0];
    const index = field === undefined ? -1 : ROOT_FIELDS.indexOf(field);
    return field === undefined ? -1 : index === -1 ? ROOT_FIELDS.length : index;
  };
  return errors
    .map((error, i) => ({ error, i, rank: rank(error) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ error }) => error);
}

function limit(errors: ManifestError[], prefix: string): ManifestError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [
    ...errors.slice(0, MAX_ERRORS),
    {
      path: prefix || ROOT_PATH,
      code: 'invalid',
      message: `Fix the errors above first: ${errors.length - MAX_ERRORS} more are not listed.`,
    },
  ];
}

function check(input: unknown, prefix: string, options: ValidateOptions): ValidationResult {
  try {
    const production = options.production === true;
    const { data, errors: copyErrors, tooLarge } = copyInput(input, prefix);
    if (tooLarge) return { ok: false, errors: copyErrors.slice(0, 1) };
    const validator = validateSchema as SchemaValidator;
    const valid = validator(data);
    const schemaErrors = valid ? [] : [...(validator.errors ?? [])];

    const errors: ManifestError[] = [...copyErrors];
    const seen = new Set(errors.map((e) => e.path));
    for (const error of schemaErrors) {
      const mapped = schemaErrorToManifestError(error, data, prefix, production);
      // One error per path: the first says what to fix; the rest would repeat it.
      if (mapped && !seen.has(mapped.path)) {
        seen.add(mapped.path);
        errors.push(mapped);
      }
    }
    for (const error of semanticErrors(data, prefix, options)) {
      if (!seen.has(error.path)) {
        seen.add(error.path);
        errors.push(error);
      }
    }
    if (!valid && errors.length === 0) {
      // Never call a manifest valid that the schema refused, even if no message could be made.
      errors.push({
        path: prefix || ROOT_PATH,
        code: 'invalid',
        message: `Fix ${prefix || 'the manifest'}: it does not match the app manifest schema.`,
      });
    }
    if (errors.length > 0) return { ok: false, errors: limit(sortByField(errors, prefix), prefix) };
    return { ok: true, manifest: freezeJson(data) as AppManifest };
  } catch (error) {
    let reason = 'it could not be read';
    try {
      reason = `reading it failed (${String(error).slice(0, 200)})`;
    } catch {
      // An error whose conversion to text throws too: keep the plain reason.
    }
    return {
      ok: false,
      errors: [
        {
          path: prefix || ROOT_PATH,
          code: 'not-json',
          message: `Give ${prefix || 'the manifest'} as plain JSON data: ${reason}.`,
        },
      ],
    };
  }
}

/**
 * Checks one app manifest. Returns the manifest (a frozen copy) when it is valid, or every error
 * with its path and what to fix. Never throws.
 *
 * Paths look like `nav[0].label.sv`; `(root)` stands for the whole manifest.
 */
export function validateManifest(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return check(input, '', options);
}

/** Whether two route prefixes overlap: equal, or one a path-segment prefix of the other. */
export function routesCollide(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

/**
 * Checks a registry: a list of app manifests. Each app is checked as `validateManifest` does (paths
 * start with its index, `[2].nav[0].label.sv`); across apps, ids and API audiences must be unique
 * (codes `duplicate-id`, `duplicate-audience`) and routes and widget elements must not collide.
 * When two apps clash, the earlier one stays and the later one is refused. Returns the valid apps,
 * so the shell can run them and skip only the invalid ones. Never throws.
 */
export function validateRegistry(
  input: unknown,
  options: ValidateOptions = {},
): RegistryValidationResult {
  try {
    if (!Array.isArray(input)) {
      return {
        ok: false,
        apps: [],
        errors: [
          {
            path: ROOT_PATH,
            code: 'type',
            message: `Give the registry as an array of app manifests; got ${describe(input)}.`,
          },
        ],
      };
    }
    const length = input.length;
    if (length > MAX_NODES) {
      return {
        ok: false,
        apps: [],
        errors: [
          {
            path: ROOT_PATH,
            code: 'too-many',
            message: `Shrink the registry: it lists ${length} entries, more than the ${MAX_NODES} a registry may hold.`,
          },
        ],
      };
    }
    const apps: AppManifest[] = [];
    const errors: ManifestError[] = [];
    /** Accepted apps by id; accepted routes, and every proper prefix of them, by owner. */
    const ids = new Map<string, number>();
    const routeOwners = new Map<string, RouteOwner>();
    const prefixOwners = new Map<string, RouteOwner>();
    const elements = new Map<string, { app: AppManifest; index: number; widget: number }>();
    /** Accepted apps by API audience (as `audienceKey` compares them). */
    const audiences = new Map<string, { app: AppManifest; index: number }>();

    for (let index = 0; index < length; index++) {
      const item: unknown = input[index];
      const prefix = `[${index}]`;
      const result = check(item, prefix, options);
      if (!result.ok) {
        const appId = knownId(item);
        for (const error of result.errors) errors.push(withApp(error, appId));
        continue;
      }
      const app = result.manifest;
      const clashes: ManifestError[] = [];
      const first = ids.get(app.id);
      if (first !== undefined) {
        clashes.push({
          path: `${prefix}.id`,
          code: 'duplicate-id',
          message: `Give the app at ${prefix} an id of its own (${prefix}.id): ${JSON.stringify(app.id)} is already the id of the app at [${first}], and every app id is unique.`,
        });
      }
      // Tokens are issued and cached per audience: a second app with the same audience would be
      // handed the first app's tokens.
      const audienceOwner = audiences.get(audienceKey(app.api.audience));
      if (audienceOwner) {
        const other = JSON.stringify(audienceOwner.app.id);
        clashes.push({
          path: `${prefix}.api.audience`,
          code: 'duplicate-audience',
          message: `Give the app at ${prefix} an API audience of its own (${prefix}.api.audience): ${JSON.stringify(app.api.audience)} is already the audience of app ${other} ([${audienceOwner.index}].api.audience), and the shell would give this app the access tokens of ${other}.`,
        });
      }
      app.routes.forEach((route, routeIndex) => {
        const owner =
          routeOwners.get(route) ?? prefixOwners.get(route) ?? ancestorOwner(routeOwners, route);
        if (owner) {
          clashes.push({
            path: `${prefix}.routes[${routeIndex}]`,
            code: 'route-collision',
            message: `Change the route ${JSON.stringify(route)} (${prefix}.routes[${routeIndex}]): it overlaps ${JSON.stringify(owner.route)} of app ${JSON.stringify(owner.app.id)} ([${owner.index}].routes[${owner.routeIndex}]), and two apps cannot share a path.`,
          });
        }
      });
      (app.widgets ?? []).forEach((widget, w) => {
        const owner = elements.get(widget.element);
        if (owner) {
          clashes.push({
            path: `${prefix}.widgets[${w}].element`,
            code: 'not-unique',
            message: `Rename the widget element ${JSON.stringify(widget.element)} (${prefix}.widgets[${w}].element): app ${JSON.stringify(owner.app.id)} already defines it ([${owner.index}].widgets[${owner.widget}].element), and a page can define a tag only once.`,
          });
        }
      });
      if (clashes.length > 0) {
        for (const error of clashes) errors.push(withApp(error, app.id));
        continue;
      }
      apps.push(app);
      ids.set(app.id, index);
      audiences.set(audienceKey(app.api.audience), { app, index });
      app.routes.forEach((route, routeIndex) => {
        const owner: RouteOwner = { app, index, route, routeIndex };
        routeOwners.set(route, owner);
        for (let cut = route.lastIndexOf('/'); cut > 0; cut = route.lastIndexOf('/', cut - 1)) {
          prefixOwners.set(route.slice(0, cut), owner);
        }
      });
      (app.widgets ?? []).forEach((widget, w) => {
        elements.set(widget.element, { app, index, widget: w });
      });
    }
    return { ok: errors.length === 0, apps, errors };
  } catch (error) {
    return {
      ok: false,
      apps: [],
      errors: [
        {
          path: ROOT_PATH,
          code: 'not-json',
          message: `Give the registry as plain JSON data: reading it failed (${safeText(error)}).`,
        },
      ],
    };
  }
}

/** An accepted app's route: which app (and its position in the input) owns it. */
interface RouteOwner {
  readonly app: AppManifest;
  readonly index: number;
  readonly route: string;
  readonly routeIndex: number;
}

/**
 * An audience in a form where two spellings of one http(s) URL are equal (scheme and host in
 * lowercase, no default port, "/" for an empty path): an identity provider may well take them for
 * one audience, so the registry does too. Anything else is compared as it is.
 */
function audienceKey(audience: string): string {
  if (!/^https?:\/\//i.test(audience)) return audience;
  try {
    return new URL(audience).href;
  } catch {
    return audience;
  }
}

function ancestorOwner<T>(owners: Map<string, T>, route: string): T | undefined {
  for (let cut = route.lastIndexOf('/'); cut > 0; cut = route.lastIndexOf('/', cut - 1)) {
    const owner = owners.get(route.slice(0, cut));
    if (owner) return owner;
  }
  return undefined;
}

function knownId(item: unknown): string | undefined {
  try {
    if (!isRecord(item) || !Object.hasOwn(item, 'id')) return undefined;
    const id = item.id;
    return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
  } catch {
    return undefined;
  }
}

function withApp(error: ManifestError, appId: string | undefined): ManifestError {
  return appId === undefined
    ? error
    : { ...error, appId, message: `App ${JSON.stringify(appId)}: ${error.message}` };
}

function safeText(error: unknown): string {
  try {
    return String(error).slice(0, 200);
  } catch {
    return 'unknown error';
  }
}
