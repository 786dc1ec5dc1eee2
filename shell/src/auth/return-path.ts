/** The path, query and hash of a URL: what a deep link keeps across sign-in. */
export function pathOf(url: URL): string {
  return url.pathname + url.search + url.hash;
}

/** Resolved against this, a return path tells whether it stays on the same origin. */
const SAME_ORIGIN = 'https://portal.invalid';

/**
 * Only paths on the portal itself are followed after sign-in (no open redirect). The value is
 * parsed as the browser would parse it (tabs and newlines dropped, backslashes read as slashes,
 * `//host` as another origin) and kept only if it stays on the same origin; what is returned is
 * the parsed path, query and hash, which must still read as a path when followed.
 */
export function safeReturnPath(value: string): string {
  let url: URL;
  try {
    url = new URL(value, SAME_ORIGIN);
  } catch {
    return '/';
  }
  const path = pathOf(url);
  // `/.//host` parses to the path `//host`, which followed later would be read as another host.
  return url.origin === SAME_ORIGIN && !path.startsWith('//') ? path : '/';
}
