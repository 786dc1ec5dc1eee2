/**
 * `npm start`: DigiOne Portal on this computer with its embedded defaults — the local identity
 * provider with its test users, and the portal shell with the example vendor apps (timetable,
 * messages, assessment, lunch menu, absences) and their APIs — printing the one address to open.
 * Ctrl-C stops everything.
 *
 * `npm start -- --app <manifest>` (any number of times) adds a vendor's built and released app:
 * its `dist/manifest.json` (or that folder), or the URL of a released manifest (vendor-apps.ts).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  claimShapeFromEnvironment,
  PROVIDER_OIDS,
  sandboxClient,
  startIdentityProvider,
  TEST_USERS,
} from '@digione/dev-idp';
import { startPortalServer } from './portal-server.js';
import {
  EXAMPLE_APP_PACKAGES,
  exampleAudiences,
  framingPortals,
  startExampleApps,
} from './example-apps.js';
import { readVendorApps, startVendorApps, VendorAppError, type VendorApp } from './vendor-apps.js';
import { validateRegistry } from '../../sdk/src/manifest/validate.js';
import { CSP_REPORTS_PATH } from './csp-reports.js';
// Data only (no run-time import of the component library, which Node would need built first).
import { EXAMPLE_BRANDS } from '../../packages/components/src/tokens/example-brands.js';
import { describeOtlp, FEEDBACK_PATH, OTLP_PATH } from './endpoints.js';

const HOST = '127.0.0.1';
const PORTAL_PORT = Number(process.env.DIGIONE_PORT ?? 5173);
const IDP_PORT = Number(process.env.DIGIONE_IDP_PORT ?? 4010);
const portalOrigin = `http://${HOST}:${PORTAL_PORT}`;
/**
 * A folder for the Vite caches of the portal and the example iframe app, for a second `npm start`
 * beside another (default: each one's `node_modules/.vite…`).
 */
const VITE_CACHE = process.env.DIGIONE_VITE_CACHE;

const USAGE = `Usage: npm start [-- --app <manifest> …]
  --app <manifest>  add your own built app: its dist/manifest.json (after npm run build and
                    npm run release -- --entry-url <URL>), that folder, or a manifest's http(s) URL`;

/** The vendor apps named on the command line, read before anything starts (or why they cannot be). */
async function vendorApps(): Promise<VendorApp[]> {
  let sources: string[];
  try {
    const { values } = parseArgs({
      options: { app: { type: 'string', multiple: true }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    sources = values.app ?? [];
  } catch (error) {
    console.error(`npm start: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  try {
    // Paths are the person's: npm runs the script at the repository's root, from wherever it was typed.
    const ids = EXAMPLE_APP_PACKAGES.map((pkg) => pkg.replace(/^app-/, ''));
    return await readVendorApps(sources, process.env.INIT_CWD ?? process.cwd(), ids);
  } catch (error) {
    if (!(error instanceof VendorAppError)) throw error;
    console.error(`npm start: ${error.message}`);
    process.exit(1);
  }
}
const ownApps = await vendorApps();
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
  .filter(Boolean)
  // A vendor's own app asks tokens for its audience too.
  .concat(ownApps.flatMap((app) => (app.audience ? [app.audience] : [])))
  .filter((audience, i, all) => all.indexOf(audience) === i);

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
  ...(VITE_CACHE ? { cacheDir: join(VITE_CACHE, 'iframe-apps') } : {}),
});

// The vendor's own apps: built module apps served by the portal as they are, iframe apps' pages on
// origins of their own, and a stand-in API for an audience without an API URL.
const vendor = await startVendorApps(ownApps, {
  issuer: idp.issuer,
  portalOrigin,
  framingPortals: framingPortals(portalOrigin),
  host: HOST,
});
const registry = (): unknown[] => [...examples.registry, ...vendor.registry()];
const ownIds = ownApps.map((app) => app.id);

const portal = await startPortalServer({
  host: HOST,
  port: PORTAL_PORT,
  ...(VITE_CACHE ? { cacheDir: join(VITE_CACHE, 'portal') } : {}),
  registry,
  apps: () => examples.folders,
  builtApps: () => vendor.folders,
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
          // The vendor's own apps, in every school.
          ...ownIds,
        ],
      },
      [providerKey('0101263-6')]: {
        name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
        brand: EXAMPLE_BRANDS['0101263-6'],
        apps: ['timetable', 'lunch', 'absences', ...ownIds],
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
// What became of each vendor app; one the portal would skip says why.
const listed = vendor.registry() as {
  id?: string;
  routes?: string[];
  roles?: string[];
  integrity?: string;
}[];
const checked = validateRegistry(registry());
for (const { app, entry, folder, standInApi } of vendor.apps) {
  const manifest = listed.find((m) => m.id === app.id) ?? {};
  const errors = checked.errors.filter((e) => e.appId === app.id);
  console.log(`Your app ${app.id} (${app.source}):`);
  if (errors.length > 0) {
    console.log(`  the portal skips it:`);
    for (const error of errors) console.log(`    ${error.path}: ${error.message}`);
    continue;
  }
  const route = manifest.routes?.[0];
  const roles = manifest.roles ?? [];
  const people = TEST_USERS.filter((user) => user.roles.some((role) => roles.includes(role)));
  console.log(`  open ${portal.origin}${route ?? '/'}`);
  console.log(
    `  signed in as ${people.map((user) => user.username).join(', ') || 'nobody here'} ` +
      `(the manifest's roles: ${roles.join(', ')})`,
  );
  console.log(
    `  entry ${entry}${folder ? ` (served as built from ${folder})` : ''}` +
      (app.isolation === 'module'
        ? manifest.integrity
          ? ', integrity checked'
          : ', no integrity (npm run release adds it)'
        : ''),
  );
  if (app.audience) {
    console.log(
      `  tokens for ${app.audience}` +
        (standInApi ? `; a stand-in API checks them: ${standInApi}/me` : ''),
    );
  }
  console.log('');
}

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await portal.stop();
  await vendor.stop();
  await examples.stop();
  await idp.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
