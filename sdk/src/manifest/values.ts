/**
 * How messages show the values they quote (`the string "…"`, `an array`), and which URLs a
 * manifest may use.
 */

/** A value as a message names it: `the string "x"`, `the number 3`, `an object`. */
export function describe(value: unknown): string {
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

/** A string quoted (and cut at 60 characters) for a message; anything else described. */
export function preview(value: unknown): string {
  if (typeof value !== 'string') return describe(value);
  const text = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(text);
}

/** Values as a comma-separated list of JSON literals. */
export function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const BASE = 'https://shell.invalid/';
/** BASE's origin, parsed once (`urlProblem` runs for several fields of every manifest). */
const BASE_ORIGIN = new URL(BASE).origin;

/**
 * What is wrong with a URL, or undefined when it may be used: https anywhere, http only on
 * localhost outside production, relative paths only when `relative` (and never escaping to
 * another host, as "//host" or "/\host" would).
 */
export function urlProblem(
  value: string,
  relative: boolean,
  production: boolean,
): string | undefined {
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
  if (!scheme && url.origin !== BASE_ORIGIN) {
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

/** The exact origin of an absolute URL (`https://portal.example.fi`), or undefined. */
export function originOf(value: string): string | undefined {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}
