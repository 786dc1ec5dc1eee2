/**
 * Where an app may send the person: a page of the portal, never anywhere else. One rule, used by the
 * shell host (for every app, module or iframe) and by an iframe app's own end of the bridge, so a
 * wrong path fails the same way, at once, in both.
 */
import { DigiOneSdkError, describe, warn } from './errors.js';

/** A path that ends in a file name (`.pdf`, `.json`): the portal's router leaves those to the browser. */
const FILE = /\.[a-z0-9]+$/i;

/**
 * `path` as the portal reads it (`pathname + search + hash`, resolved against `portalOrigin`), when
 * it is a page of the portal: it starts with a single "/", has no control characters, and once
 * parsed it is still on `portalOrigin` over http(s), its path does not start with "//" (which a
 * router would read as another host) and names no file. Anything else is refused: logged once with
 * the app named (the app may well swallow the error) and thrown, D1-SDK-125.
 */
export function portalPath(appId: string, path: string, portalOrigin: string): string {
  const refuse = (): DigiOneSdkError => {
    const message =
      `App "${appId}" called navigate(${describe(path)}), which is no page of the portal. Pass a ` +
      `path that starts with a single "/", such as "/timetable/week" (a query and a hash may ` +
      `follow); an app cannot send the person to another site, a file or a script.`;
    warn('D1-SDK-125', message);
    return new DigiOneSdkError('D1-SDK-125', message);
  };
  // Tabs and newlines are dropped by the URL parser ("/\t/x" becomes "//x"), and "\" reads as "/".
  // eslint-disable-next-line no-control-regex
  if (!/^\/(?![/\\])/.test(path) || /[\u0000-\u001f\u007f]/.test(path)) throw refuse();
  let url: URL;
  try {
    url = new URL(path, portalOrigin);
  } catch {
    throw refuse();
  }
  // Checked again as parsed: dot segments can still fold the path into "//host".
  if (
    url.origin !== portalOrigin ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.pathname.startsWith('//') ||
    FILE.test(url.pathname)
  ) {
    throw refuse();
  }
  return url.pathname + url.search + url.hash;
}
