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
 * `code` (Ajv's standalone output) with its run-time helpers inlined. Throws when it needs one
 * this file does not provide: the schema or the Ajv options must change so it stands alone.
 */
export function inlineAjvHelpers(code: string, script: string): string {
  const inlined = code.replaceAll(UCS2LENGTH_REQUIRE, UCS2LENGTH);
  if (/\brequire\s*\(/.test(inlined)) {
    throw new Error(
      `${script}: the generated validator needs another Ajv run-time helper; change the schema or the Ajv options so it stands alone.`,
    );
  }
  return inlined;
}
