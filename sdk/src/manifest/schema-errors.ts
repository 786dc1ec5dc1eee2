/**
 * The schema check: runs the Ajv-generated validator (`generated/validate-schema.ts`, built by
 * `sdk/scripts/build-validator.ts` from `schema.ts`) and turns each error it reports into a
 * `ManifestError` that names the field and says what to fix.
 */
import { fieldInfo, fieldKey } from './fields.js';
import { validate as validateSchema } from './generated/validate-schema.js';
import { formatPath, isRecord, pointerSegments, type Segment, valueAt } from './paths.js';
import { integrityOnIframeApp, originOnModuleApp } from './rules.js';
import type { ManifestError, ManifestErrorCode } from './types.js';
import { describe, list, preview, urlProblem } from './values.js';

/** An error as Ajv's generated code reports it (with `messages: false`). */
interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
}
type SchemaValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  object: 'an object',
  array: 'an array',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

/**
 * Checks plain data against the manifest schema. `errors` holds one message for each schema error
 * that has one (keywords that only guard others, `if` and `const`, have none), with paths after
 * `prefix`.
 */
export function schemaErrors(
  data: unknown,
  prefix: string,
  production: boolean,
): { readonly valid: boolean; readonly errors: ManifestError[] } {
  const validator = validateSchema as SchemaValidator;
  const valid = validator(data);
  const errors: ManifestError[] = [];
  for (const error of valid ? [] : [...(validator.errors ?? [])]) {
    const mapped = schemaErrorToManifestError(error, data, prefix, production);
    if (mapped) errors.push(mapped);
  }
  return { valid, errors };
}

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
