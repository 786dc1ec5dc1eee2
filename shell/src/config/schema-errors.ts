/**
 * Runs the validators generated from the schemas of `/config.json` and of an education provider's
 * own file (`generated/validate-config.ts`, built by `shell/schema/build.ts` from `schema.ts`), and
 * words each problem they find for the operator: the JSON path of the field (`$.auth.authority`,
 * `$.providers["0124610-9"].apps[2]`) and what it must be.
 */
import { validateConfig, validateProvider } from './generated/validate-config.js';
import { MAX_TIMEOUT_MS, PATTERNS } from './schema-patterns.js';

/** A field at fault: its JSON path and what is wrong with it. */
export interface SchemaProblem {
  readonly path: string;
  readonly message: string;
}

/** An error as Ajv's generated code reports it (built with `messages: false`). */
interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
}
type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** What a value that does not match a pattern must be, by the pattern. */
const BY_PATTERN: Readonly<Partial<Record<string, string>>> = {
  [PATTERNS.text]: 'must be a non-empty text',
  [PATTERNS.httpUrl]: 'must be an https URL',
  [PATTERNS.location]: 'must be a path on the portal starting with "/", or an https URL',
  [PATTERNS.path]: 'must be a path on the portal, starting with a single "/"',
  [PATTERNS.resource]: 'must be an absolute URI without a fragment (RFC 8707)',
  [PATTERNS.appId]: 'must be the id of an app of the registry (lowercase kebab-case)',
  [PATTERNS.schoolCode]: 'must be a school\'s code (oppilaitosnumero): five digits, e.g. "09231"',
  [PATTERNS.logo]: 'must be a path on the portal ("/…"), an https URL or a data:image/svg+xml URL',
  [PATTERNS.color]: 'must be a colour as #rrggbb',
};

const TYPE_WORDS: Readonly<Partial<Record<string, string>>> = {
  object: 'must be an object',
  array: 'must be a list',
  string: 'must be a text',
  number: 'must be a number',
  integer: 'must be a whole number',
  boolean: 'must be true or false',
};

/** What a number field must be, by the field's name: a time limit's unit is in its name. */
function numberMessage(field: string): string | undefined {
  if (field.endsWith('Ms')) {
    return `must be a whole number of milliseconds between 1 and ${MAX_TIMEOUT_MS}`;
  }
  if (field.endsWith('Seconds'))
    return 'must be a positive whole number of seconds, at most a year';
  if (field === 'sampleRate') return 'must be a number from 0 to 1';
  return undefined;
}

/** The problems `/config.json`'s schema finds in `data`, in the schema's order; none when it fits. */
export function configSchemaProblems(data: unknown): SchemaProblem[] {
  return problems(validateConfig as Validator, data);
}

/** The problems the provider schema finds in a provider's own file. */
export function providerSchemaProblems(data: unknown): SchemaProblem[] {
  return problems(validateProvider as Validator, data);
}

function problems(validate: Validator, data: unknown): SchemaProblem[] {
  if (validate(data)) return [];
  const found: SchemaProblem[] = [];
  for (const error of validate.errors ?? []) {
    const problem = describe(error, data);
    if (problem && !found.some((p) => p.path === problem.path && p.message === problem.message)) {
      found.push(problem);
    }
  }
  return found;
}

function describe(error: SchemaError, data: unknown): SchemaProblem | undefined {
  const segments = pointerSegments(error.instancePath);
  const value = valueAt(data, segments);
  const field = segments.at(-1) ?? '';
  const at = (extra: readonly string[] = []): string => jsonPath(data, [...segments, ...extra]);
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return { path: at([String(p.missingProperty)]), message: 'is required' };
    case 'additionalProperties':
      return {
        path: at([String(p.additionalProperty)]),
        message: 'is not a field here: remove it, or check its spelling',
      };
    case 'propertyNames':
      return {
        path: at([String(p.propertyName)]),
        message:
          'is not a business id (Y-tunnus) such as "0124610-9" nor an Organisation Service OID such as "1.2.246.562.10.90008375488"',
      };
    case 'pattern':
      // A key that failed `propertyNames` reports its pattern at the object too: said above.
      if (typeof value !== 'string') return undefined;
      return { path: at(), message: BY_PATTERN[String(p.pattern)] ?? 'is not well formed' };
    case 'type':
      return {
        path: at(),
        message:
          (p.type === 'integer' || p.type === 'number' ? numberMessage(field) : undefined) ??
          TYPE_WORDS[String(p.type)] ??
          `must be ${String(p.type)}`,
      };
    case 'minimum':
    case 'maximum':
      return { path: at(), message: numberMessage(field) ?? `must be ${comparison(p)}` };
    case 'minLength':
      return { path: at(), message: 'must be a non-empty text' };
    case 'maxLength':
      return { path: at(), message: `must be at most ${String(p.limit)} characters long` };
    case 'enum':
      return {
        path: at(),
        message: `must be ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(' or ')}`,
      };
    case 'minItems':
      return { path: at(), message: `must list at least ${String(p.limit)}` };
    case 'maxItems':
    case 'maxProperties':
      return { path: at(), message: `must hold at most ${String(p.limit)}` };
    case 'uniqueItems':
      return { path: at(), message: 'lists the same item twice' };
    default:
      // `if`: the branch it chose reported the field already.
      return undefined;
  }
}

function comparison(p: Record<string, unknown>): string {
  return `${p.comparison === '>=' ? 'at least' : 'at most'} ${String(p.limit)}`;
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let value = data;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/**
 * A JSON path as the portal's messages write it: `$`, then `.name` for a plain key, `[2]` for an
 * item of a list, `["0124610-9"]` for any other key.
 */
export function jsonPath(data: unknown, segments: readonly (string | number)[]): string {
  let path = '$';
  let value = data;
  for (const segment of segments) {
    const key = String(segment);
    if (Array.isArray(value) && /^(0|[1-9][0-9]*)$/.test(key)) path += `[${key}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(key)}]`;
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return path;
}
