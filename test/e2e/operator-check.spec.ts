/**
 * The operator's check (`digione-check`, shell/bin) as an operator runs it: on files in a folder of
 * their own, the command's output and exit code. Offline it finds a broken registry, a brand without
 * enough contrast and a configuration its schema refuses, and passes the repository's own examples;
 * online it reaches real servers on 127.0.0.1 — app entries (one unreachable, one that does not
 * match its integrity, an iframe app's page that will not be framed) and the local identity
 * provider (discovery, the token endpoint's CORS answer for the portal's origin). The published
 * schemas are checked to be built from their source, and the registry's against the SDK's manifest.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { startProviderForPortal } from '@digione/dev-idp';

const repo = join(import.meta.dirname, '..', '..');
const bin = join(repo, 'shell', 'bin', 'digione-check.mjs');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(repo, path), 'utf8'));
const EXAMPLE_REGISTRY = readJson('docs/deploy/registry.example.json') as Record<string, unknown>[];
const [TIMETABLE = {}, MESSAGES = {}] = EXAMPLE_REGISTRY;
/** A copy of `object` without `field`. */
const without = (object: Record<string, unknown>, field: string) =>
  Object.fromEntries(Object.entries(object).filter(([key]) => key !== field));

interface Run {
  readonly code: number;
  readonly output: string;
}

/** Runs Node with `args` in `cwd`, as an operator types the command there (not in an npm script). */
function node(cwd: string, args: readonly string[]): Promise<Run> {
  const env = { ...process.env };
  delete env.INIT_CWD;
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

/** Runs the bin in `cwd`. */
const check = (cwd: string, args: readonly string[]): Promise<Run> => node(cwd, [bin, ...args]);
/** Runs the bin in `cwd` on its config.json, reaching out for the portal at `portal`. */
const checkOnline = (cwd: string, portal: string): Promise<Run> =>
  check(cwd, ['--config', 'config.json', '--online', '--portal-origin', portal]);

/** A folder of deployment files for one test. */
function deployment(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'digione-check-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify(content, null, 2));
  }
  return dir;
}

const colors = {
  light: { accent: '#005a9c', accentHover: '#00467a', accentSubtle: '#e6f0f8' },
  dark: { accent: '#7cc4ff', accentHover: '#a8d8ff', accentSubtle: '#0b2a44' },
};
const ESPOO = {
  name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
  brand: { logo: '/brands/espoo.svg', colors },
  apps: ['timetable', 'messages'],
};
const AUDIENCES = EXAMPLE_REGISTRY.map((app) => (app.api as { audience: string }).audience);
const config = (extra: Record<string, unknown> = {}) => ({
  auth: { authority: 'https://idp.example.fi', clientId: 'digione-portal', resources: AUDIENCES },
  registry: '/registry.json',
  ...extra,
});

let dirs: string[] = [];
test.afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
function folder(files: Record<string, unknown>): string {
  const dir = deployment(files);
  dirs.push(dir);
  return dir;
}

test.describe('offline', () => {
  test('passes the repository’s own example configuration, registry and provider file', async () => {
    const run = await check(repo, [
      '--config',
      'docs/deploy/config.example.json',
      '--registry',
      'docs/deploy/registry.example.json',
      '--portal-origin',
      'https://portal.example.fi',
    ]);
    expect(run.output).toContain('✓ no problems found');
    expect(run.output).toContain('docs/deploy/providers/0124610-9.json');
    expect(run.code).toBe(0);
  });

  test('catches a broken registry, naming the file and each field', async () => {
    const dir = folder({
      'config.json': config(),
      'registry.json': [
        TIMETABLE,
        { ...MESSAGES, api: TIMETABLE.api },
        { ...without(TIMETABLE, 'entry'), id: 'lunch', routes: ['/ruokalista'], nav: [] },
      ],
    });
    const run = await check(dir, ['--config', 'config.json']);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/^✗ registry\.json \$\[1\]\.api\.audience: .*audience/m);
    expect(run.output).toMatch(/^✗ registry\.json \$\[2\]\.entry: .*entry/m);
    expect(run.output).toContain('✗ 2 problems found');
  });

  test('catches a module app on another origin without integrity, by the production rules', async () => {
    const dir = folder({
      'config.json': config(),
      'registry.json': [without(TIMETABLE, 'integrity')],
    });
    const run = await check(dir, [
      '--config',
      'config.json',
      '--portal-origin',
      'https://portal.fi',
    ]);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/^✗ registry\.json \$\[0\]\.integrity: /m);
  });

  test('catches a brand without enough contrast, inline or in a provider’s own file', async () => {
    const pale = { ...colors, light: { ...colors.light, accent: '#7fb2da' } };
    const dark = { ...colors, dark: { ...colors.dark, accentSubtle: '#7cc4ff' } };
    const dir = folder({
      'config.json': config({
        providers: {
          '0101263-6': { ...ESPOO, brand: { ...ESPOO.brand, colors: pale } },
          '0124610-9': '/providers/vantaa.json',
        },
      }),
      'registry.json': EXAMPLE_REGISTRY,
      'providers/vantaa.json': { ...ESPOO, brand: { ...ESPOO.brand, colors: dark } },
    });
    const run = await check(dir, ['--config', 'config.json', '--portal-origin', 'https://p.fi']);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(
      /^✗ config\.json \$\.providers\["0101263-6"\]\.brand\.colors\.light\.accent: .*4\.5:1.*\(light theme\)$/m,
    );
    expect(run.output).toMatch(
      /^✗ providers\/vantaa\.json \$\.brand\.colors\.dark\.accentSubtle: .*\(dark theme\)$/m,
    );
  });

  test('names each field the schema refuses, and apps the registry does not hold', async () => {
    const dir = folder({
      'config.json': config({
        auth: { authority: 'http://idp.example.fi', clientId: 'digione-portal' },
        telemetry: { endpoint: '/otlp', sampleRate: 5 },
        regsitry: '/registry.json',
      }),
      'elsewhere.json': config({ providers: { '0101263-6': { ...ESPOO, apps: ['wellbeing'] } } }),
      'registry.json': EXAMPLE_REGISTRY,
    });
    const run = await check(dir, ['--config', 'config.json']);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(
      /^✗ config\.json \$\.telemetry\.sampleRate: must be a number from 0 to 1$/m,
    );
    expect(run.output).toMatch(/^✗ config\.json \$\.regsitry: .*spelling$/m);
    expect(run.output).toMatch(/^✗ config\.json \$\.auth\.authority: must use https/m);
    const apps = await check(dir, ['--config', 'elsewhere.json']);
    expect(apps.output).toMatch(
      /^✗ elsewhere\.json \$\.providers\["0101263-6"\]\.apps\[0\]: names the app "wellbeing"/m,
    );
    expect(apps.code).toBe(1);
  });

  test('says a provider’s file it cannot read was not checked, rather than passing it', async () => {
    const dir = folder({
      'config.json': config({ providers: { '0124610-9': 'https://config.vantaa.fi/d1.json' } }),
      'registry.json': EXAMPLE_REGISTRY,
    });
    const run = await check(dir, ['--config', 'config.json']);
    expect(run.output).toMatch(/^✗ https:\/\/config\.vantaa\.fi\/d1\.json \$: was not checked/m);
    expect(run.code).toBe(1);
    writeFileSync(join(dir, 'd1.json'), JSON.stringify({ ...ESPOO, apps: 'all' }));
    const local = await check(dir, ['--config', 'config.json', '--providers-dir', '.']);
    expect(local.output).toMatch(/^✗ d1\.json \$\.apps: must be a list$/m);
  });

  test('exits with 2 on a wrong command, and explains itself', async () => {
    const dir = folder({ 'config.json': config() });
    expect((await check(dir, [])).code).toBe(2);
    expect((await check(dir, ['--config', 'missing.json'])).code).toBe(2);
    expect((await check(dir, ['--config', 'config.json', '--colour'])).code).toBe(2);
    const online = await check(dir, ['--config', 'config.json', '--online']);
    expect(online.code).toBe(2);
    expect(online.output).toContain('--portal-origin');
    const help = await check(dir, ['--help']);
    expect(help.code).toBe(0);
    expect(help.output).toContain('Usage: digione-check --config');
  });
});

/** A server on 127.0.0.1 that answers each path from `routes` (404 otherwise). */
async function serve(
  routes: Record<string, { body: string; headers?: Record<string, string> }>,
): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname] as
      { body: string; headers?: Record<string, string> } | undefined;
    res.writeHead(route ? 200 : 404, route?.headers ?? {});
    res.end(route?.body ?? 'not found');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** A port nothing listens on: a server's, once it has closed. */
async function closedPort(): Promise<number> {
  const { server } = await serve({});
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

test.describe('online', () => {
  const PORTAL = 'http://127.0.0.1:5173';
  const ENTRY = 'export default {};\n';
  const sri = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
  const servers: Server[] = [];
  test.afterAll(async () => {
    for (const server of servers) await new Promise((closed) => server.close(closed));
  });

  /**
   * The example registry's two apps on the test's servers, with copies: one whose code changed
   * since its hash was taken, one on a port where nothing answers, and an iframe app whose page
   * names other portals than this one.
   */
  async function registry(): Promise<Record<string, unknown>[]> {
    const [timetable, messages] = [TIMETABLE, MESSAGES];
    const apps = await serve({
      '/timetable.js': { body: ENTRY, headers: { 'content-type': 'text/javascript' } },
      '/messages/': {
        body: '<!doctype html><title>Viestit</title>',
        headers: { 'content-security-policy': "frame-ancestors 'self' https://portal.other.fi" },
      },
      '/absences/': {
        body: '<!doctype html><meta name="digione-shell-origin" content="https://portal.other.fi https://*.digione.fi"><title>Poissaolot</title>',
        headers: { 'content-security-policy': `frame-ancestors ${PORTAL}` },
      },
    });
    servers.push(apps.server);
    const unreachable = `http://127.0.0.1:${await closedPort()}`;
    return [
      { ...timetable, entry: `${apps.origin}/timetable.js`, integrity: sri(ENTRY) },
      {
        ...timetable,
        id: 'lunch',
        routes: ['/ruokalista'],
        nav: [],
        api: { audience: 'urn:lunch' },
        entry: `${apps.origin}/timetable.js`,
        integrity: sri('export default { changed: true };\n'),
      },
      {
        ...timetable,
        id: 'gone',
        routes: ['/poissa'],
        nav: [],
        api: { audience: 'urn:gone' },
        entry: `${unreachable}/index.js`,
        integrity: undefined,
      },
      { ...messages, entry: `${apps.origin}/messages/`, origin: apps.origin },
      {
        ...messages,
        id: 'absences',
        routes: ['/poissaolot'],
        nav: [],
        api: { audience: 'urn:absences' },
        entry: `${apps.origin}/absences/`,
        origin: apps.origin,
      },
    ];
  }

  test('finds an unreachable entry, an integrity mismatch and iframe apps that refuse the portal', async () => {
    const idp = await startProviderForPortal(PORTAL);
    try {
      const apps = await registry();
      const dir = folder({
        'config.json': config({
          auth: {
            authority: idp.issuer,
            clientId: 'digione-portal',
            resources: apps.map((a) => (a.api as { audience: string }).audience),
          },
        }),
        'registry.json': apps,
      });
      const run = await checkOnline(dir, PORTAL);
      expect(run.output).toMatch(
        /^✗ registry\.json \$\[1\]\.integrity: does not match http:\/\/127\.0\.0\.1:\d+\/timetable\.js/m,
      );
      expect(run.output).toMatch(
        /^✗ registry\.json \$\[2\]\.entry: http:\/\/127\.0\.0\.1:\d+\/index\.js cannot be reached: ECONNREFUSED$/m,
      );
      expect(run.output).toMatch(
        /^✗ registry\.json \$\[3\]\.entry: .*does not let the portal frame it: its frame-ancestors \('self' https:\/\/portal\.other\.fi\) do not name http:\/\/127\.0\.0\.1:5173$/m,
      );
      expect(run.output).toMatch(
        /^✗ registry\.json \$\[4\]\.entry: .*does not accept the portal: the app accepts only "https:\/\/portal\.other\.fi", "https:\/\/\*\.digione\.fi"; http:\/\/127\.0\.0\.1:5173 is none of them/m,
      );
      // The first app is sound: its entry answers and matches.
      expect(run.output).not.toMatch(/\$\[0\]/);
      expect(run.output).toContain('timetable: ');
      expect(run.output).toContain('✗ 4 problems found');
      expect(run.code).toBe(1);
    } finally {
      await idp.stop();
    }
  });

  test('checks the identity provider’s discovery and its token endpoint’s CORS for the portal', async () => {
    const idp = await startProviderForPortal(PORTAL);
    try {
      const dir = folder({
        'config.json': { auth: { authority: idp.issuer, clientId: 'digione-portal' } },
      });
      const run = await checkOnline(dir, PORTAL);
      expect(run.output).toContain('discovery document loads');
      expect(run.output).toContain(`answers the portal's requests from ${PORTAL} (CORS)`);
      expect(run.code).toBe(0);

      const other = await checkOnline(dir, 'https://portal.other.fi');
      expect(other.output).toMatch(
        /^✗ config\.json \$\.auth\.authority: the token endpoint .* does not allow the portal's origin https:\/\/portal\.other\.fi/m,
      );
      expect(other.code).toBe(1);
    } finally {
      await idp.stop();
    }
    // The provider stopped: nothing answers at its address any more.
    const gone = await checkOnline(
      folder({ 'config.json': { auth: { authority: idp.issuer, clientId: 'digione-portal' } } }),
      PORTAL,
    );
    expect(gone.output).toMatch(
      /^✗ config\.json \$\.auth\.authority: the discovery document .* does not load: ECONNREFUSED$/m,
    );
    expect(gone.code).toBe(1);
  });
});

test.describe('the published schemas', () => {
  test('are built from shell/src/config/schema.ts, with the validator the page runs', async () => {
    const tsx = join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = await node(repo, [tsx, 'shell/schema/build.ts', '--check']);
    expect(run.output).toContain('up to date');
    expect(run.code).toBe(0);
  });

  test('validate the examples with a stock validator, the registry through the SDK’s manifest schema', () => {
    // As the SDK builds its own: `then: { required: ['origin'] }` names a property defined above it.
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    ajv.addSchema(readJson('sdk/schema/app-manifest.schema.json') as object);
    ajv.addSchema(readJson('shell/schema/provider.schema.json') as object);
    ajv.addSchema(readJson('shell/schema/config.schema.json') as object);
    ajv.addSchema(readJson('shell/schema/registry.schema.json') as object);
    const registry = ajv.getSchema('https://schemas.digione.fi/portal/registry/1.json');
    const configSchema = ajv.getSchema('https://schemas.digione.fi/portal/config/1.json');
    const provider = ajv.getSchema('https://schemas.digione.fi/portal/provider/1.json');
    expect(registry?.(EXAMPLE_REGISTRY), JSON.stringify(registry?.errors)).toBe(true);
    expect(registry?.([{ ...EXAMPLE_REGISTRY[0], roles: ['janitor'] }])).toBe(false);
    expect(configSchema?.(readJson('docs/deploy/config.example.json'))).toBe(true);
    expect(configSchema?.({ auth: { authority: 'https://idp.fi' } })).toBe(false);
    expect(provider?.(readJson('docs/deploy/providers/0124610-9.json'))).toBe(true);
  });
});
