// What digione-sandbox reads of the vendor's app before it serves it: how the manifest isolates it,
// the origin it asks for, and the entry (module) or page (iframe) to serve.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fail } from './options.mjs';

/**
 * What the sandbox needs from the manifest before it starts: how the app is isolated, and its
 * origin. Anything unreadable counts as a module app; the page reports the manifest's errors.
 * @param {string} file
 * @returns {{ isolation: 'module' | 'iframe', origin: string | undefined }}
 */
export function readIsolation(file) {
  try {
    /** @type {unknown} */
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof manifest !== 'object' || manifest === null) throw new Error('not an object');
    const { isolation, origin } = /** @type {{ isolation?: unknown, origin?: unknown }} */ (
      manifest
    );
    return {
      isolation: isolation === 'iframe' ? 'iframe' : 'module',
      origin: typeof origin === 'string' ? origin : undefined,
    };
  } catch {
    return { isolation: 'module', origin: undefined };
  }
}

/**
 * The app's entry module, or an iframe app's page: --entry, else the default for its isolation.
 * Ends the process when it is missing, or (an iframe app's page) outside the app's folder.
 * @param {{ cwd: string, entry: string | undefined }} options
 * @param {'module' | 'iframe'} isolation
 * @returns {{ entry: string, entryPath: string }} the file, and its path in the app's folder
 */
export function entryOf(options, isolation) {
  const entry =
    options.entry ?? resolve(options.cwd, isolation === 'iframe' ? 'index.html' : 'src/index.ts');
  if (!existsSync(entry)) {
    fail(
      isolation === 'iframe'
        ? `[D1-SDK-172] The iframe app's page ${entry} does not exist; pass --entry <path> (default ./index.html for an app with "isolation": "iframe").`
        : `[D1-SDK-172] The app's entry module ${entry} does not exist; pass --entry <path> (default ./src/index.ts).`,
    );
  }
  const entryPath = relative(options.cwd, entry);
  if (isolation === 'iframe' && (entryPath.startsWith('..') || isAbsolute(entryPath))) {
    fail(
      `[D1-SDK-174] The iframe app's page ${entry} is outside the app's folder ${options.cwd}; the sandbox serves the app from its folder (--cwd).`,
    );
  }
  return { entry, entryPath };
}

/**
 * The host and port of an http loopback origin with an explicit port, which the sandbox can serve
 * the app on exactly; undefined for any other origin (an https production origin, say).
 * @param {string | undefined} origin
 */
export function loopback(origin) {
  if (!origin) return undefined;
  try {
    const url = new URL(origin);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    if (url.protocol === 'http:' && local && url.port && url.origin === origin) {
      return { host: url.hostname, port: Number(url.port) };
    }
  } catch {
    // Not a URL: the manifest validator reports it on the page.
  }
  return undefined;
}

/**
 * A loopback origin under both its names, as written first: http://127.0.0.1:<port> and
 * http://localhost:<port> reach the same server from two portal origins. Any other origin alone.
 * @param {string} origin
 * @returns {string[]}
 */
export function loopbackNames(origin) {
  const url = new URL(origin);
  const twin = { '127.0.0.1': 'localhost', localhost: '127.0.0.1' }[url.hostname];
  if (url.protocol !== 'http:' || !twin) return [origin];
  url.hostname = twin;
  return [origin, url.origin];
}
