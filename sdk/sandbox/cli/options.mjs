// digione-sandbox's command line: its options, read and checked, and how it stops on a bad one.
import { resolve } from 'node:path';

export const USAGE =
  'Usage: digione-sandbox [--cwd <dir>] [--entry <path>] [--manifest <path>] [--port <number>] [--app-port <number>] [--shell-origins "<origin or pattern> …"] [--idp <issuer URL>] [--client-id <id>]';
export const OPTIONS = [
  'cwd',
  'entry',
  'manifest',
  'port',
  'app-port',
  'shell-origins',
  'idp',
  'client-id',
];
/** The sandbox's client at DigiOne's identity providers (the local one registers it by default). */
const DEFAULT_CLIENT_ID = 'digione-sandbox';

/**
 * Prints `message` and ends the process.
 * @param {string} message
 * @returns {never}
 */
export function fail(message) {
  console.error(message);
  process.exit(1);
}

/**
 * @param {string | undefined} text
 * @param {string} name
 * @param {number} fallback
 */
function portOption(text, name, fallback) {
  const port = Number(text ?? fallback);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(
      `[D1-SDK-171] --${name} must be a port number (1–65535, or 0 for any free port); got "${text}".`,
    );
  }
  return port;
}

/**
 * The issuer to sign in at, from --idp or DIGIONE_IDP: an http(s) URL. A bare origin loses its
 * trailing slash, so that it matches the issuer the provider announces.
 * @param {string | undefined} text
 * @returns {string | undefined}
 */
function issuerOption(text) {
  if (text === undefined || text === '') return undefined;
  /** @type {URL | undefined} */
  let url;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    fail(
      `[D1-SDK-176] --idp (or DIGIONE_IDP) must be the identity provider's issuer, an http(s) URL such as http://127.0.0.1:4010; got "${text}".`,
    );
  }
  return url.pathname === '/' ? url.origin : url.href;
}

/**
 * @typedef {{ cwd: string, entry: string | undefined, manifest: string, port: number, appPort: number | undefined, shellOrigins: string | undefined, idp: { authority: string, clientId: string } | null }} SandboxOptions
 */

/**
 * The options given on the command line (and in DIGIONE_IDP, DIGIONE_IDP_CLIENT_ID); prints the
 * usage and ends the process on --help or an unknown option.
 * @param {string[]} argv
 * @returns {SandboxOptions}
 */
export function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const given = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const name = arg.replace(/^--/, '');
    const value = argv[i + 1];
    if (!OPTIONS.includes(name) || !arg.startsWith('--') || !value) {
      fail(`[D1-SDK-171] Unknown or incomplete option "${arg}". ${USAGE}`);
    }
    given[name] = value;
    i++;
  }
  const cwd = resolve(given.cwd ?? process.cwd());
  const authority = issuerOption(given.idp ?? process.env.DIGIONE_IDP);
  const clientId = given['client-id'] || process.env.DIGIONE_IDP_CLIENT_ID || DEFAULT_CLIENT_ID;
  return {
    cwd,
    entry: given.entry === undefined ? undefined : resolve(cwd, given.entry),
    manifest: resolve(cwd, given.manifest ?? './manifest.json'),
    port: portOption(given.port, 'port', 5199),
    appPort:
      given['app-port'] === undefined ? undefined : portOption(given['app-port'], 'app-port', 0),
    // The portals an iframe app accepts, as its page's meta tag holds them; the page checks them.
    shellOrigins: given['shell-origins']?.trim().split(/\s+/).join(' '),
    idp: authority ? { authority, clientId } : null,
  };
}
