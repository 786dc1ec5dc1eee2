/**
 * Starts DigiOne's local identity provider for development:
 *
 *   npx tsx packages/dev-idp/src/cli.ts [--port 4010] [--origin http://127.0.0.1:5173]...
 *                                       [--sandbox-origin http://127.0.0.1:5199]...
 *                                       [--audience urn:digione:api:timetable]... [--key-file path]
 *
 * Two clients are registered: the portal (`digione-portal`, for the --origin origins) and the
 * SDK's vendor sandbox (`digione-sandbox`, for the --sandbox-origin origins), so that
 * `digione-sandbox --idp http://127.0.0.1:4010` signs in here.
 *
 * Environment: DIGIONE_IDP_PORT (default 4010), DIGIONE_PORTAL_ORIGINS, DIGIONE_SANDBOX_ORIGINS
 * and DIGIONE_API_AUDIENCES (comma-separated lists), DIGIONE_IDP_KEY_FILE (default
 * packages/dev-idp/.keys/jwks.json, kept out of git), DIGIONE_IDP_CLAIMS (`digione`, the default,
 * or `mpassid`: MPASSid's own claims for the MPASSid door). Arguments win over the environment. Without
 * any audience, the SDK's two example apps' audiences are registered, so that
 * `npm run sandbox:example -- --idp http://127.0.0.1:4010` gets tokens here as it is.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEFAULT_PORTAL_ORIGINS,
  DEFAULT_SANDBOX_ORIGINS,
  portalClient,
  sandboxClient,
} from './clients.js';
import { claimShapeFromEnvironment, startIdentityProvider } from './provider.js';
import { TEST_PASSWORD, TEST_USERS } from './users.js';

/** The API audiences of the SDK's two example apps (their manifests under sdk/sandbox/). */
const EXAMPLE_AUDIENCES = ['https://api.hello.example.fi', 'https://api.hello-iframe.example.fi'];

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((each) => each.trim())
    .filter(Boolean);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    origin: { type: 'string', multiple: true },
    'sandbox-origin': { type: 'string', multiple: true },
    audience: { type: 'string', multiple: true },
    'key-file': { type: 'string' },
  },
});

const port = Number(values.port ?? process.env.DIGIONE_IDP_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  throw new RangeError(`DIGIONE_IDP_PORT must be a port number, not "${String(port)}"`);
}
const originArgs = values.origin ?? [];
const origins = originArgs.length ? originArgs : list(process.env.DIGIONE_PORTAL_ORIGINS);
const sandboxOriginArgs = values['sandbox-origin'] ?? [];
const sandboxOrigins = sandboxOriginArgs.length
  ? sandboxOriginArgs
  : list(process.env.DIGIONE_SANDBOX_ORIGINS);
const audienceArgs = values.audience ?? [];
const audienceList = audienceArgs.length ? audienceArgs : list(process.env.DIGIONE_API_AUDIENCES);
const audiences = audienceList.length ? audienceList : EXAMPLE_AUDIENCES;
const keyFile =
  values['key-file'] ??
  process.env.DIGIONE_IDP_KEY_FILE ??
  fileURLToPath(new URL('../.keys/jwks.json', import.meta.url));

const clients = [
  portalClient(origins.length ? origins : DEFAULT_PORTAL_ORIGINS),
  sandboxClient(sandboxOrigins.length ? sandboxOrigins : DEFAULT_SANDBOX_ORIGINS),
];
const idp = await startIdentityProvider({
  port,
  keyFile,
  clients,
  resources: audiences.map((audience) => ({ audience })),
});

for (const client of clients) {
  console.log(`  client ${client.clientId}, redirect URIs: ${client.redirectUris.join(' ')}`);
}
console.log(`  API audiences: ${audiences.length ? audiences.join(' ') : '(none)'}`);
console.log(`  keys: ${keyFile}`);
console.log(`  claims: ${claimShapeFromEnvironment()} (DIGIONE_IDP_CLAIMS)`);
console.log(`  test users (password "${TEST_PASSWORD}"):`);
for (const user of TEST_USERS) {
  const door = user.door === 'mpassid' ? 'MPASSid' : 'Suomi.fi';
  console.log(
    `    ${user.username.padEnd(18)} ${door.padEnd(9)} ${user.roles.join(', ').padEnd(19)} ${user.givenName} ${user.familyName}`,
  );
}

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`DigiOne identity provider: ${signal}, stopping`);
  await idp.stop();
  process.exit(0);
}
process.once('SIGINT', (signal) => void stop(signal));
process.once('SIGTERM', (signal) => void stop(signal));
