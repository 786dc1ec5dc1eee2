/**
 * What a record may say, and nothing more: the portal reports no user id, name, token, school or
 * child, and no address beyond an origin. Every value that reaches a record from outside the
 * portal's own constants passes through one of these functions, each of which keeps only a value
 * of a known, harmless shape — an error's stable code, not its message; an origin, not a URL.
 */

/** The SDK's and the shell's error codes: `D1-SDK-131`, `D1-SDK-306`. */
const CODE = /^D1-[A-Z]+-\d{1,4}$/;
/** An error class's name: `Error`, `TypeError`, `DigiOneSdkError`. */
const ERROR_NAME = /^([A-Z][A-Za-z]{0,60})?Error$/;
/** A manifest's version (the SDK validates it as Semantic Versioning). */
const VERSION = /^[0-9A-Za-z.+-]{1,64}$/;
/** A manifest's id (the SDK validates it as kebab-case). */
const APP_ID = /^[a-z][a-z0-9-]{0,63}$/;
/** What browsers put for a violation that blocked no URL: `inline`, `eval`, `trusted-types-sink`. */
const CSP_KEYWORD = /^[a-z][a-z-]{0,40}$/;
/** A CSP directive's name. */
const DIRECTIVE = /^[a-z][a-z-]{0,40}$/;

/**
 * What kind of error ended an app's step: the SDK's error code when the error carries one (as
 * `code`, or first in its message as `[D1-…]`), else `timeout` for a step that took too long, else
 * the error's class name, else `unknown`. Never the message itself: it may quote data.
 */
export function errorType(error: unknown, timedOut: boolean): string {
  try {
    return typeOf(error, timedOut);
  } catch {
    // A hostile value (a getter or a proxy that throws) says nothing.
    return timedOut ? 'timeout' : 'unknown';
  }
}

function typeOf(error: unknown, timedOut: boolean): string {
  // Read by shape, not by class: an error may come from another realm (an iframe app's frame).
  const { code, message, name } = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
    name?: unknown;
  };
  if (typeof code === 'string' && CODE.test(code)) return code;
  const quoted =
    typeof message === 'string' ? /\[(D1-[A-Z]+-\d{1,4})\]/.exec(message)?.[1] : undefined;
  if (quoted) return quoted;
  if (timedOut) return 'timeout';
  return typeof name === 'string' && ERROR_NAME.test(name) ? name : 'unknown';
}

/** An app's id, when it has the manifest's shape; undefined otherwise. */
export function appId(value: unknown): string | undefined {
  return typeof value === 'string' && APP_ID.test(value) ? value : undefined;
}

/** An app's version, when it has the manifest's shape; undefined otherwise. */
export function appVersion(value: unknown): string | undefined {
  return typeof value === 'string' && VERSION.test(value) ? value : undefined;
}

/** The origin of a URL (`https://cdn.example.fi`), or undefined for what is not an http(s) URL. */
export function originOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a violation blocked: the origin of a blocked URL, a browser's keyword (`inline`, `eval`,
 * `trusted-types-sink`), a scheme (`data`, `blob`), or `other`.
 */
export function blockedOf(value: unknown): string {
  if (typeof value !== 'string' || value === '') return 'other';
  const origin = originOf(value);
  if (origin) return origin;
  if (CSP_KEYWORD.test(value)) return value;
  const scheme = /^([a-z][a-z0-9+.-]{0,20}):/i.exec(value)?.[1];
  return scheme ? scheme.toLowerCase() : 'other';
}

/** A violated directive's name (`script-src-elem`), or `other`. */
export function directiveOf(value: unknown): string {
  return typeof value === 'string' && DIRECTIVE.test(value) ? value : 'other';
}
