/**
 * What Ajv's standalone code needs from its run-time package, written out so that a generated
 * validator stands alone in the browser bundle. Used by `build-validator.ts` (the app manifest) and
 * `shell/schema/build.ts` (the portal's configuration).
 */

/** The `require` Ajv writes for the one helper our schemas use: a string's length. */
const UCS2LENGTH_REQUIRE = 'require("ajv/dist/runtime/ucs2length").default';

/**
 * A string's length in code points, as `minLength` and `maxLength` mean it. Ajv's own algorithm: a
 * loop over UTF-16 units counting a surrogate pair once. It runs for every string of every manifest
 * a registry lists, at boot, before the code is warm: run cold over 15 000 manifest strings, it
 * took a tenth of the time of a `for … of` over the code points (3.7 ms against 37.6 ms, Node 20).
 */
const UCS2LENGTH = `(function ucs2length(s) {
  const length = s.length;
  let n = 0;
  for (let i = 0; i < length; i++, n++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
})`;

/**
 * The schema location Ajv writes into every error it can report (`schemaPath:"#/properties/…",`).
 * Our messages are worded from an error's `instancePath`, `keyword` and `params` alone, so the
 * location is only weight: 180 strings in the manifest's validator, 0.4 KiB gzip of the SDK's
 * shared chunk, and another 0.2 KiB in the shell's.
 */
const SCHEMA_PATH = /schemaPath:"#[^"\\]*",/g;

/**
 * `code` (Ajv's standalone output) with its run-time helpers inlined and without the schema
 * locations in its errors. Throws when it needs a helper this file does not provide (the schema
 * or the Ajv options must change so it stands alone), or when Ajv writes locations in a form
 * this file does not know.
 */
export function inlineAjvHelpers(code: string, script: string): string {
  const inlined = code.replaceAll(UCS2LENGTH_REQUIRE, UCS2LENGTH).replaceAll(SCHEMA_PATH, '');
  if (/\brequire\s*\(/.test(inlined)) {
    throw new Error(
      `${script}: the generated validator needs another Ajv run-time helper; change the schema or the Ajv options so it stands alone.`,
    );
  }
  if (inlined.includes('schemaPath')) {
    throw new Error(
      `${script}: Ajv wrote an error's schemaPath in a form standalone-helpers.ts does not remove.`,
    );
  }
  return inlined;
}
