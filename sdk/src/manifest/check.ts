/**
 * One manifest, checked from end to end: read into plain data, checked against the schema and the
 * rules beyond it, errors sorted by field and capped. `validateManifest` checks one app with it,
 * `validateRegistry` each app of a registry.
 */
import { MANIFEST_FIELDS } from './generated/manifest-fields.js';
import { copyInput, freezeJson } from './input.js';
import { ROOT_PATH } from './paths.js';
import { semanticErrors } from './rules.js';
import { schemaErrors } from './schema-errors.js';
import type { AppManifest, ManifestError, ValidateOptions, ValidationResult } from './types.js';

/** At most this many errors are listed per manifest (a last one says how many more there were). */
const MAX_ERRORS = 100;

const ROOT_FIELDS = MANIFEST_FIELDS[ROOT_PATH] ?? [];

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

/**
 * Checks the input as the app manifest at `prefix` (`""` alone, `"[2]"` in a registry): the valid
 * manifest as a frozen copy, or its errors. Never throws.
 */
export function checkManifest(
  input: unknown,
  prefix: string,
  options: ValidateOptions,
): ValidationResult {
  try {
    const production = options.production === true;
    const { data, errors: copyErrors, tooLarge } = copyInput(input, prefix);
    if (tooLarge) return { ok: false, errors: copyErrors.slice(0, 1) };
    const schema = schemaErrors(data, prefix, production);
    const valid = schema.valid;

    const errors: ManifestError[] = [...copyErrors];
    const seen = new Set(errors.map((e) => e.path));
    // One error per path: the first says what to fix; the rest would repeat it.
    for (const error of [...schema.errors, ...semanticErrors(data, prefix, options)]) {
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
