/**
 * `npm start`: DigiOne Portal on this computer with its embedded defaults — the local identity
 * provider with its test users, and the portal shell with the example vendor apps (timetable,
 * messages, assessment, lunch menu, absences) and their APIs — printing the one address to open.
 * Ctrl-C stops everything.
 */
import { join } from 'node:path';
import {
  claimShapeFromEnvironment,
  PROVIDER_OIDS,
  sandboxClient,
  startIdentityProvider,
} from '@digione/dev-idp';
import { startPortalServer } from './portal-server.js';
import { exampleAudiences, startExampleApps } from './example-apps.js';
import { CSP_REPORTS_PATH } from './csp-reports.js';
// Data only (no run-time import of the component library, which Node would need built first).
import { EXAMPLE_BRANDS } from '../../packages/components/src/tokens/example-brands.js';
import { describeOtlp, FEEDBACK_PATH, OTLP_PATH } from './endpoints.js';

const HOST = '127.0.0.1';
const PORTAL_PORT = Number(process.env.DIGIONE_PORT ?? 5173);
const IDP_PORT = Number(process.env.DIGIONE_IDP_PORT ?? 4010);
const portalOrigin = `http://${HOST}:${PORTAL_PORT}`;
/** How long a sign-in session lasts at the local provider (and so in the portal), in seconds. */
const SESSION_SECONDS = 8 * 60 * 60;
/**
 * The APIs apps may ask tokens for: the example apps' audiences, and the SDK's "Hello" examples'
 * for a vendor's sandbox signing in here (`npm run sandbox:example -- --idp <this provider>`).
 */
const API_AUDIENCES = (
  process.env.DIGIONE_API_AUDIENCES ??
  [
    ...exampleAudiences(),
    'https://api.hello.example.fi',
    'https://api.hello-iframe.example.fi',
  ].join(',')
)
  .split(',')
  .map((audience) => audience.trim())
  .filter(Boolean);

/**
 * How the configuration names the test schools' education providers: by business id, as DigiOne's
 * own claims do, or by Organisation Service OID when the provider speaks MPASSid's own claims
 * (`DIGIONE_IDP_CLAIMS=mpassid`), as a municipality connecting MPASSid directly names them.
 */
const claims = claimShapeFromEnvironment();
const providerKey = (businessId: string): string =>
  claims === 'mpassid' ? (PROVIDER_OIDS[businessId] ?? businessId) : businessId;

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
    // The vendor sandbox signs in here too.
    sandboxClient(),
  ],
  resources: API_AUDIENCES.map((audience) => ({ audience })),
});

// The example apps: their APIs on free ports, the iframe app on the next port after the portal's.
const examples = await startExampleApps({
  issuer: idp.issuer,
  portalOrigin,
  host: HOST,
  iframePort: Number(process.env.DIGIONE_IFRAME_APP_PORT ?? PORTAL_PORT + 1),
});

const portal = await startPortalServer({
  host: HOST,
  port: PORTAL_PORT,
  registry: () => examples.registry,
  apps: () => examples.folders,
  // Feedback sent from the portal's feedback page is printed here (production posts it to a service).
  feedback: (entry) => {
    console.log(`Feedback: ${JSON.stringify(entry)}`);
  },
  // So are the policy's violations (production reports them where /config.json's cspReports says).
  cspReports: (report) => {
    const where = report.sourceFile ? ` (${report.sourceFile}:${report.lineNumber ?? '?'})` : '';
    console.warn(
      `Content-Security-Policy: ${report.effectiveDirective} blocked ${report.blockedURL} ` +
        `on ${report.documentURL}${where}`,
    );
  },
  // So is the portal's telemetry, one line an export (production sends it to an OTLP collector).
  telemetry: (received) => {
    console.log(describeOtlp(received));
  },
  config: () => ({
    registry: '/registry.json',
    telemetry: { endpoint: OTLP_PATH, sampleRate: 1 },
    feedback: FEEDBACK_PATH,
    cspReports: CSP_REPORTS_PATH,
    // The test schools' education providers, each with the apps it has procured: Vantaa has the
    // absences app only at Lumikorven koulu; Espoo has neither messages nor assessment. So the
    // guardian sees messages for Aino (Vantaa) and not for Eetu (Espoo).
    providers: {
      [providerKey('0124610-9')]: {
        name: { fi: 'Vantaan kaupunki', sv: 'Vanda stad', en: 'City of Vantaa' },
        // Each municipality's brand: its logo and accent colours (a configuration, not a release).
        brand: EXAMPLE_BRANDS['0124610-9'],
        apps: [
          'timetable',
          'messages',
          'assessment',
          'lunch',
          { id: 'absences', schools: ['09231'] },
        ],
      },
      [providerKey('0101263-6')]: {
        name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
        brand: EXAMPLE_BRANDS['0101263-6'],
        apps: ['timetable', 'lunch', 'absences'],
      },
    },
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
  await examples.stop();
  await idp.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
