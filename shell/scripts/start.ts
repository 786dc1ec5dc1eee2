/**
 * `npm start`: DigiOne Portal on this computer with its embedded defaults — the local identity
 * provider with its test users, and the portal shell with a small registry of the SDK's example
 * apps — printing the one address to open. Ctrl-C stops everything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sandboxClient, startIdentityProvider } from '@digione/dev-idp';
import { startPortalServer } from './portal-server.js';
import { startIframeAppServer } from './iframe-app-server.js';

const HOST = '127.0.0.1';
const PORTAL_PORT = Number(process.env.DIGIONE_PORT ?? 5173);
const IDP_PORT = Number(process.env.DIGIONE_IDP_PORT ?? 4010);
const portalOrigin = `http://${HOST}:${PORTAL_PORT}`;
/** How long a sign-in session lasts at the local provider (and so in the portal), in seconds. */
const SESSION_SECONDS = 8 * 60 * 60;
/** The APIs apps may ask tokens for: the example apps' audiences unless given. */
const API_AUDIENCES = (
  process.env.DIGIONE_API_AUDIENCES ??
  'https://api.hello.example.fi,https://api.hello-iframe.example.fi'
)
  .split(',')
  .map((audience) => audience.trim())
  .filter(Boolean);

const idp = await startIdentityProvider({
  host: HOST,
  port: IDP_PORT,
  keyFile: join(import.meta.dirname, '..', '..', 'packages', 'dev-idp', '.keys', 'jwks.json'),
  sessionTtl: SESSION_SECONDS,
  clients: [
    {
      clientId: 'digione-portal',
      redirectUris: [`${portalOrigin}/auth/callback`],
      postLogoutRedirectUris: [`${portalOrigin}/signed-out`],
    },
    // The vendor sandbox (`npm run sandbox:example -- --idp <this provider>`) signs in here too.
    sandboxClient(),
  ],
  resources: API_AUDIENCES.map((audience) => ({ audience })),
});

// The SDK's example apps as the portal's registry: "Hello DigiOne" runs in the page, served by the
// portal's own server under /apps/hello/; "Hello from a frame" runs in a frame on an origin of its
// own (the next port).
const examples = join(import.meta.dirname, '..', '..', 'sdk', 'sandbox');
const iframeApp = await startIframeAppServer({
  folder: join(examples, 'example-iframe'),
  shellOrigin: portalOrigin,
  host: HOST,
  port: Number(process.env.DIGIONE_IFRAME_APP_PORT ?? PORTAL_PORT + 1),
});
const exampleManifest = (folder: string, changes: Record<string, unknown>): unknown => ({
  ...(JSON.parse(readFileSync(join(examples, folder, 'manifest.json'), 'utf8')) as object),
  ...changes,
});
const registry = [
  exampleManifest('example', { entry: '/apps/hello/index.ts' }),
  exampleManifest('example-iframe', {
    entry: `${iframeApp.origin}/index.html`,
    origin: iframeApp.origin,
  }),
];

const portal = await startPortalServer({
  host: HOST,
  port: PORTAL_PORT,
  registry: () => registry,
  apps: () => ({ hello: join(examples, 'example', 'src') }),
  // Feedback sent from the portal's feedback page is printed here (production posts it to a service).
  feedback: (entry) => {
    console.log(`Feedback: ${JSON.stringify(entry)}`);
  },
  config: () => ({
    registry: '/registry.json',
    feedback: '/api/feedback',
    // The test schools' education providers wear their municipality's brand.
    tenants: { '0124610-9': 'vantaa', '0101263-6': 'espoo' },
    auth: {
      authority: idp.issuer,
      clientId: 'digione-portal',
      resources: API_AUDIENCES,
      sessionLifetimeSeconds: SESSION_SECONDS,
    },
  }),
});

console.log(`\nDigiOne Portal: ${portal.origin}/`);
console.log(`  sign in as pupil, teacher, principal, guardian or admin — password "digione"`);
console.log(`  (local identity provider: ${idp.issuer})\n`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await portal.stop();
  await iframeApp.stop();
  await idp.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
