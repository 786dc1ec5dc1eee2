/**
 * The patterns of the JSON Schemas of `/config.json` and a provider's file (`schema.ts`), by the
 * kind of value each describes, in a module of their own: the page words a value that does not
 * match by its pattern (`schema-errors.ts`) without carrying the schemas.
 */

/** A path on the portal: one leading "/", neither "//" nor "/\" (another host). */
const PATH = '/(?![/\\\\])[^\\s]*';
/** An http(s) URL; plain http is then allowed only on this computer (runtime-config.ts). */
const HTTP_URL = 'https?://[^\\s/?#\\\\]+([/?#][^\\s]*)?';

/** The patterns, by the kind of value. */
export const PATTERNS = {
  text: '\\S',
  httpUrl: `^${HTTP_URL}$`,
  location: `^(${PATH}|${HTTP_URL})$`,
  path: `^${PATH}$`,
  resource: '^[A-Za-z][A-Za-z0-9+.-]*:[^\\s#]+$',
  providerId: '^([0-9]{7}-[0-9]|1\\.2\\.246\\.562\\.(10|99)\\.[0-9]+)$',
  appId: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
  schoolCode: '^[0-9]{5}$',
  logo: `^(${PATH}|https://[^\\s/?#\\\\]+([/?#][^\\s]*)?|data:image/svg\\+xml[;,][^\\s]*)$`,
  color: '^#[0-9A-Fa-f]{6}$',
} as const;

/** The longest time limit of `apps`, in milliseconds: a longer wait is a hung app, not a slow one. */
export const MAX_TIMEOUT_MS = 120_000;
