#!/usr/bin/env node
// digione-sandbox: serves the DigiOne sandbox page for the app in the current folder.
//
//   digione-sandbox [--cwd <dir>] [--entry <path>] [--manifest <path>] [--port <n>] [--app-port <n>]
//                   [--shell-origins "<origin or pattern> …"] [--idp <issuer URL>] [--client-id <id>]
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
// <meta name="digione-shell-origin" content="<the portals the app accepts>">, so an app that reads
// them from that tag connects to the sandbox unchanged: by default the sandbox's origin under both
// loopback names (http://127.0.0.1:<port> http://localhost:<port>), so the same app serves two
// portal origins; with --shell-origins, the exact origins and patterns given (say, the list an
// operator publishes). The page checks the sandbox's own origin against them and says when the app
// would refuse it (D1-SDK-177).
//
// Without --idp the app sees the local identity provider's test people, as the portal would see them
// once signed in, and gets made-up tokens ("sandbox-token-for:<aud>").
// With --idp <issuer URL> (or DIGIONE_IDP) the page signs in there for real: authorization code
// with PKCE as the public client --client-id (DIGIONE_IDP_CLIENT_ID, default "digione-sandbox"),
// redirect URI <the sandbox's origin>/, asking for the manifest's api.audience as a resource; the
// app then sees the signed-in person and gets real tokens for its audience.
//
// The manifest is validated on every load. Ctrl-C (or SIGTERM) stops both servers.
//
// cli/: options.mjs reads the command line, app.mjs the app's manifest and entry, page.mjs serves
// the sandbox page its modules, servers.mjs starts the page's server and an iframe app's.
import { loopback, loopbackNames, entryOf, readIsolation } from './cli/app.mjs';
import { parseArgs } from './cli/options.mjs';
import { posix, sandboxPage } from './cli/page.mjs';
import { loadVite, sandboxPageSource, startAppServer, startSandboxServer } from './cli/servers.mjs';

const options = parseArgs(process.argv.slice(2));
const started = readIsolation(options.manifest);
const { entry, entryPath } = entryOf(options, started.isolation);
const vite = await loadVite();
const { fromSource, builtMain } = sandboxPageSource();

/** @type {import('./cli/page.mjs').LiveState} */
const live = { shellOrigin: '', iframe: null, problems: [] };
const server = await startSandboxServer(vite, {
  cwd: options.cwd,
  port: options.port,
  fromSource,
  moduleEntry: started.isolation === 'module' ? entry : undefined,
  plugin: sandboxPage({
    manifestFile: options.manifest,
    started,
    entry,
    idp: options.idp,
    live,
    builtMain: fromSource ? undefined : builtMain,
  }),
});
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
  const shellOrigins = options.shellOrigins ?? loopbackNames(live.shellOrigin).join(' ');
  const app = await startAppServer(vite, {
    cwd: options.cwd,
    ...place,
    fromSource,
    shellOrigin: live.shellOrigin,
    shellOrigins,
    sandbox: server,
  });
  appServer = app.server;
  live.iframe = {
    url: new URL(posix(entryPath), app.origin + '/').href,
    origin: app.origin,
    ...(started.origin && started.origin !== app.origin ? { standsInFor: started.origin } : {}),
    shellOrigins,
  };
  console.log(`DigiOne sandbox: ${shellUrl} (the iframe app: ${live.iframe.url})`);
  const second = loopbackNames(live.shellOrigin)[1];
  console.log(`  the app accepts the portals ${shellOrigins}`);
  if (second) console.log(`  the same sandbox on a second portal origin: ${second}/`);
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
