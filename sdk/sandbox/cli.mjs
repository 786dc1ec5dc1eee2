#!/usr/bin/env node
// digione-sandbox: serves the DigiOne sandbox page for the app in the current folder.
//
//   digione-sandbox [--cwd <dir>] [--entry <path>] [--manifest <path>] [--port <n>] [--app-port <n>]
//                   [--idp <issuer URL>] [--client-id <id>]
//
// A module app (manifest "isolation": "module") runs in the sandbox page: the page imports its entry
// (default ./src/index.ts) and mounts its lifecycles (the entry's default export, or its named
// `lifecycles`) with a live context.
//
// An iframe app ("isolation": "iframe") runs on an origin of its own, as in the portal: a second
// server serves the app's folder (default page ./index.html) on the manifest's origin when that is
// http://localhost:<port> or http://127.0.0.1:<port>, otherwise on http://127.0.0.1:<port + 1>
// (or --app-port). The sandbox page frames it in a sandboxed iframe and bridges the same live
// context to it with bridgeIframe. The app's pages are served with
// <meta name="digione-shell-origin" content="<the sandbox's origin>">, so an app that reads the
// portal's origin from that tag connects to the sandbox unchanged.
//
// Without --idp the app sees the local identity provider's test people, as the portal would see them
// once signed in, and gets made-up tokens ("sandbox-token-for:<aud>").
// With --idp <issuer URL> (or DIGIONE_IDP) the page signs in there for real: authorization code
// with PKCE as the public client --client-id (DIGIONE_IDP_CLIENT_ID, default "digione-sandbox"),
// redirect URI <the sandbox's origin>/, asking for the manifest's api.audience as a resource; the
// app then sees the signed-in person and gets real tokens for its audience.
//
// The manifest is validated on every load. Ctrl-C (or SIGTERM) stops both servers.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = resolve(here, '..');
const USAGE =
  'Usage: digione-sandbox [--cwd <dir>] [--entry <path>] [--manifest <path>] [--port <number>] [--app-port <number>] [--idp <issuer URL>] [--client-id <id>]';
const OPTIONS = ['cwd', 'entry', 'manifest', 'port', 'app-port', 'idp', 'client-id'];
/** The sandbox's client at DigiOne's identity providers (the local one registers it by default). */
const DEFAULT_CLIENT_ID = 'digione-sandbox';

/** @param {string} message @returns {never} */
function fail(message) {
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
 * @param {string[]} argv
 * @returns {{ cwd: string, entry: string | undefined, manifest: string, port: number, appPort: number | undefined, idp: { authority: string, clientId: string } | null }}
 */
function parseArgs(argv) {
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
    idp: authority ? { authority, clientId } : null,
  };
}

/**
 * What the sandbox needs from the manifest before it starts: how the app is isolated, and its
 * origin. Anything unreadable counts as a module app; the page reports the manifest's errors.
 * @param {string} file
 * @returns {{ isolation: 'module' | 'iframe', origin: string | undefined }}
 */
function readIsolation(file) {
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
 * The host and port of an http loopback origin with an explicit port, which the sandbox can serve
 * the app on exactly; undefined for any other origin (an https production origin, say).
 * @param {string | undefined} origin
 */
function loopback(origin) {
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

/** @param {unknown} error @param {string} name */
function isMissingPackage(error, name) {
  const { code, message } = /** @type {{ code?: unknown, message?: unknown }} */ (error ?? {});
  return (
    code === 'ERR_MODULE_NOT_FOUND' && typeof message === 'string' && message.includes(`'${name}'`)
  );
}

/** @param {string} path */
const posix = (path) => path.split(sep).join('/');

const options = parseArgs(process.argv.slice(2));
const started = readIsolation(options.manifest);
const entry =
  options.entry ??
  resolve(options.cwd, started.isolation === 'iframe' ? 'index.html' : 'src/index.ts');
if (!existsSync(entry)) {
  fail(
    started.isolation === 'iframe'
      ? `[D1-SDK-172] The iframe app's page ${entry} does not exist; pass --entry <path> (default ./index.html for an app with "isolation": "iframe").`
      : `[D1-SDK-172] The app's entry module ${entry} does not exist; pass --entry <path> (default ./src/index.ts).`,
  );
}
const entryPath = relative(options.cwd, entry);
if (started.isolation === 'iframe' && (entryPath.startsWith('..') || isAbsolute(entryPath))) {
  fail(
    `[D1-SDK-174] The iframe app's page ${entry} is outside the app's folder ${options.cwd}; the sandbox serves the app from its folder (--cwd).`,
  );
}

/** @type {typeof import('vite')} */
let vite;
try {
  vite = await import('vite');
} catch (error) {
  if (isMissingPackage(error, 'vite')) {
    fail(
      '[D1-SDK-173] The sandbox runs on Vite, which is not installed in your app. Install it as a ' +
        'development dependency: npm install --save-dev vite',
    );
  }
  throw error;
}

// In this repository the sandbox page runs from its TypeScript sources against the workspace
// sources (the "@digione/source" condition). Installed from npm it runs the page compiled into
// dist/sandbox, against the packages' built code, as any app does.
const sourceMain = resolve(here, 'src/main.ts');
const builtMain = resolve(packageRoot, 'dist/sandbox/main.js');
const fromSource = !packageRoot.split(sep).includes('node_modules') && existsSync(sourceMain);
if (!fromSource && !existsSync(builtMain)) {
  fail(
    `[D1-SDK-172] The sandbox page ${builtMain} is missing: this copy of @digione/sdk was packed without building it (npm run build -w @digione/sdk).`,
  );
}
const conditions = fromSource
  ? ['@digione/source', ...vite.defaultClientConditions]
  : [...vite.defaultClientConditions];
// One copy of each on the page, whoever imports it: a second Lit, @lit/localize or SDK would split
// the registry of elements, the page's locale, or the context.
const dedupe = ['lit', '@lit/localize', 'rxjs', '@digione/components', '@digione/sdk'];

const APP = 'virtual:digione-app';
const MANIFEST = 'virtual:digione-manifest';
const CONFIG = 'virtual:digione-sandbox';

/** Set once both servers listen; read by the page through virtual:digione-sandbox. */
const live = {
  shellOrigin: '',
  /** @type {{ url: string, origin: string, standsInFor?: string } | null} */
  iframe: null,
  /** @type {string[]} */
  problems: [],
};

/** @type {import('vite').Plugin} */
const sandboxPage = {
  name: 'digione-sandbox-page',
  resolveId(id) {
    if (id === APP) return started.isolation === 'module' ? entry : '\0' + APP;
    if (id === MANIFEST || id === CONFIG) return '\0' + id;
    return undefined;
  },
  load(id) {
    if (id === '\0' + APP) return 'export default undefined;';
    if (id === '\0' + CONFIG) {
      return `export default ${JSON.stringify({
        isolation: started.isolation,
        iframe: live.iframe,
        problems: live.problems,
        idp: options.idp,
      })};`;
    }
    if (id !== '\0' + MANIFEST) return undefined;
    this.addWatchFile(options.manifest);
    if (!existsSync(options.manifest)) return 'export default null;';
    const text = readFileSync(options.manifest, 'utf8');
    try {
      return `export default ${JSON.stringify(JSON.parse(text))};`;
    } catch (error) {
      // Served as a value the validator rejects, with the parse error as its message.
      const message = `manifest.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
      return `export default ${JSON.stringify({ __invalidJson: message })};`;
    }
  },
  transformIndexHtml: {
    // Before Vite resolves the page's own script: a request with a query (the identity
    // provider's way back, /?code=…) would otherwise reach here with the script already rewritten.
    order: 'pre',
    handler(html) {
      return fromSource
        ? html
        : html.replace(
            /(["'])(?:\.\/|\/)src\/main\.ts\1/,
            `$1/@fs/${posix(builtMain).replace(/^\//, '')}$1`,
          );
    },
  },
  handleHotUpdate({ file, server }) {
    if (resolve(file) !== options.manifest) return;
    const now = readIsolation(options.manifest);
    const problem =
      now.isolation !== started.isolation
        ? `[D1-SDK-175] The manifest's isolation changed from "${started.isolation}" to "${now.isolation}" while the sandbox ran: stop it (Ctrl-C) and start it again.`
        : now.isolation === 'iframe' && now.origin !== started.origin
          ? `[D1-SDK-175] The manifest's origin changed from "${started.origin ?? ''}" to "${now.origin ?? ''}" while the sandbox ran: stop it (Ctrl-C) and start it again.`
          : undefined;
    live.problems = problem ? [problem] : [];
    if (problem) console.error(problem);
    for (const id of ['\0' + MANIFEST, '\0' + CONFIG]) {
      const module = server.moduleGraph.getModuleById(id);
      if (module) server.moduleGraph.invalidateModule(module);
    }
    server.ws.send({ type: 'full-reload' });
  },
};

/**
 * What the sandbox never hands out, though Vite serves files under `/@fs/`: Vite's own defaults
 * (a list given replaces them), and `.keys` folders, where a local identity provider keeps its
 * private signing keys (in this repository, `packages/dev-idp/.keys/`).
 */
const FS_DENY = [
  '.env',
  '.env.*',
  '*.{crt,pem,key,p12,pfx,cer,der}',
  '.npmrc',
  '.yarnrc.yml',
  '**/.git/**',
  '**/.keys/**',
];

const server = await vite.createServer({
  configFile: false,
  root: here,
  logLevel: 'warn',
  clearScreen: false,
  plugins: [sandboxPage],
  resolve: { conditions, dedupe },
  // The sandbox's own sources compile with sandbox/tsconfig.json (Lit's experimental decorators);
  // the app's with the tsconfig.json of its own folder.
  cacheDir: resolve(options.cwd, 'node_modules/.vite-digione-sandbox'),
  optimizeDeps: fromSource
    ? { entries: [resolve(here, 'index.html')] }
    : {
        // Vite does not scan files inside node_modules, where the built page lives: name what it
        // imports, so the first load does not stop to optimise them and reload.
        entries: started.isolation === 'module' ? [entry] : [],
        include: [
          '@digione/sdk',
          '@digione/sdk/iframe',
          '@digione/sdk/host',
          '@digione/sdk/manifest',
          '@digione/sdk/testing',
          '@digione/components/define',
          '@digione/components/localization',
          '@digione/components/tenants',
          'lit',
          'lit/decorators.js',
          '@lit/localize',
          'rxjs',
          'oidc-client-ts',
        ],
      },
  server: {
    host: '127.0.0.1',
    port: options.port,
    strictPort: true,
    fs: {
      deny: FS_DENY,
      allow: [
        packageRoot,
        vite.searchForWorkspaceRoot(options.cwd),
        // In this repository: the workspace's other packages.
        ...(fromSource ? [resolve(packageRoot, '..')] : []),
      ],
    },
  },
});
try {
  await server.listen();
} catch (error) {
  await server.close();
  fail(
    `[D1-SDK-171] Could not serve the sandbox on 127.0.0.1:${options.port}: ${error instanceof Error ? error.message : String(error)}. Is another sandbox running? Stop it, or choose another port with --port <n>.`,
  );
}
const shellUrl = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${options.port}/`;
live.shellOrigin = new URL(shellUrl).origin;

/** @type {import('vite').ViteDevServer | undefined} */
let appServer;
if (started.isolation === 'iframe') {
  const place = loopback(started.origin) ?? {
    host: '127.0.0.1',
    port: options.port === 0 ? 0 : options.port + 1,
  };
  if (options.appPort !== undefined) {
    place.host = '127.0.0.1';
    place.port = options.appPort;
  }
  /** @type {import('vite').Plugin} */
  const shellOriginMeta = {
    name: 'digione-sandbox-shell-origin',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return {
          html: html.replace(/<meta\s+name=["']digione-shell-origin["'][^>]*>/gi, ''),
          tags: [
            {
              tag: 'meta',
              attrs: { name: 'digione-shell-origin', content: live.shellOrigin },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
  };
  try {
    // The app's own vite.config (its plugins) applies, as when the vendor runs it alone.
    appServer = await vite.createServer({
      root: options.cwd,
      logLevel: 'warn',
      clearScreen: false,
      plugins: [shellOriginMeta],
      resolve: { conditions, dedupe },
      cacheDir: resolve(options.cwd, 'node_modules/.vite-digione-sandbox-app'),
      server: { host: place.host, port: place.port, strictPort: true, fs: { deny: FS_DENY } },
    });
    await appServer.listen();
  } catch (error) {
    await server.close();
    fail(
      `[D1-SDK-174] Could not serve the iframe app on ${place.host}:${place.port}: ${error instanceof Error ? error.message : String(error)}. Choose another port with --app-port <n>.`,
    );
  }
  const appUrl = appServer.resolvedUrls?.local[0] ?? `http://${place.host}:${place.port}/`;
  const appOrigin = new URL(appUrl).origin;
  if (appOrigin === live.shellOrigin) {
    await Promise.all([server.close(), appServer.close()]);
    fail(
      `[D1-SDK-174] The iframe app's origin ${appOrigin} is the sandbox's own origin. An iframe app must run on an origin of its own; change "origin" in the manifest or --app-port.`,
    );
  }
  live.iframe = {
    url: new URL(posix(entryPath), appOrigin + '/').href,
    origin: appOrigin,
    ...(started.origin && started.origin !== appOrigin ? { standsInFor: started.origin } : {}),
  };
  console.log(`DigiOne sandbox: ${shellUrl} (the iframe app: ${live.iframe.url})`);
} else {
  console.log(`DigiOne sandbox: ${shellUrl}`);
}
if (options.idp) {
  // The provider must know this exact redirect URI for the client, and the app's audience.
  console.log(
    `  sign-in at ${options.idp.authority} as client ${options.idp.clientId}, redirect URI ${live.shellOrigin}/`,
  );
} else {
  console.log('  the test people; sign in for real with --idp <issuer URL>');
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.all([server.close(), appServer?.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
