/**
 * `validateManifest` and `validateRegistry`: check app manifests against the schema (through the
 * Ajv-generated function in `generated/`), then the rules a schema cannot say well, and turn every
 * problem into a `ManifestError` with a JSON path (`nav[0].label.sv`; `(root)` for the whole input)
 * and a message that says what to fix. Neither ever throws, whatever the input.
 *
 * The work is done in separate modules: `fields.ts` names the fields in messages, `schema-errors.ts`
 * turns the schema's errors into manifest errors, `rules.ts` checks what the schema cannot,
 * `check.ts` puts these together for one manifest and `registry.ts` checks across the apps of a
 * registry.
 */
import { checkManifest } from './check.js';
import { checkRegistry } from './registry.js';
import type { RegistryValidationResult, ValidateOptions, ValidationResult } from './types.js';

/**
 * Checks one app manifest. Returns the manifest (a frozen copy) when it is valid, or every error
 * with its path and what to fix. Never throws.
 *
 * Paths look like `nav[0].label.sv`; `(root)` stands for the whole manifest.
 */
export function validateManifest(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return checkManifest(input, '', options);
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
  return checkRegistry(input, options);
}
