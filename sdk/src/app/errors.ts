/**
 * Coded errors of the app contract and the shell host. Each code is stable (documented in the
 * SDK's README) and each message says what to do; a vendor can search for the code.
 *
 * Codes of this part of the SDK: D1-SDK-1xx.
 */

/** An error a vendor or the shell can meet when using the SDK wrongly; `code` is stable. */
export class DigiOneSdkError extends Error {
  override readonly name = 'DigiOneSdkError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`[${code}] ${message}`);
  }
}

/** A short, safe description of a value for an error message (never its full content). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  return `an object`;
}

/** Logs a coded warning (things that should be fixed but must not break the page). */
export function warn(code: string, message: string): void {
  console.warn(`[${code}] ${message}`);
}
