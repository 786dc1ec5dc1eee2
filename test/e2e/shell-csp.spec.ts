/**
 * The shell under a strict Content-Security-Policy with Trusted Types required — no inline script
 * but the import map (by its hash), no inline style, no eval — from the development server and
 * from the production build served with the headers of docs/deploy/nginx.conf. A person signs in
 * with the real local identity provider and uses the portal; any violation fails the test.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import sirv from 'sirv';
import { startIdentityProvider, type RunningIdentityProvider } from '@digione/dev-idp';
import { nginxHeaders, nginxSnippet, productionHeaders } from '../../shell/scripts/csp.js';
import { startStack, type Stack } from './support/stack.js';
import { SHELL_BUILD } from './support/shell-build.js';
import { openSignedIn } from './support/sign-in.js';
import { fixtureFolders, fixtureManifest } from './fixtures/apps/manifests.js';

const repo = join(import.meta.dirname, '..', '..');

/** What a browser logs when a policy or Trusted Types blocks something. */
const POLICY_MESSAGE =
  /Content[- ]Security[- ]Policy|Trusted ?Types?|TrustedHTML|TrustedScript|Refused to/i;

/**
 * Collects every Content-Security-Policy and Trusted Types violation of the portal's pages (not of
 * the identity provider's): `securitypolicyviolation` events, and what the console and uncaught
 * errors say about policies.
 */
async function watchViolations(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeBinding('d1ReportViolation', ({ frame }, report: string) => {
    if (frame.url().startsWith(origin)) problems.push(report);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const { d1ReportViolation: report } = window as unknown as {
          d1ReportViolation: (text: string) => Promise<void>;
        };
        void report(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ` +
            `at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        );
      },
      true,
    );
  });
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && POLICY_MESSAGE.test(text) && page.url().startsWith(origin)) {
      problems.push(`console: ${text}`);
    }
  });
  page.on('pageerror', (error) => {
    if (POLICY_MESSAGE.test(error.message)) problems.push(`uncaught: ${error.message}`);
  });
  return problems;
}

/** Checks the policy's strictness and returns its directives by name. */
function strictDirectives(policy: string | undefined): Map<string, string[]> {
  expect(policy, 'the page has a Content-Security-Policy').toBeTruthy();
  const directives = new Map<string, string[]>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name, values);
  }
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\s\*/);
  expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
  expect(directives.get('trusted-types')).toEqual(['lit-html']);
  for (const name of ['default-src', 'object-src', 'base-uri', 'frame-ancestors']) {
    expect(directives.get(name), name).toEqual(["'none'"]);
  }
  return directives;
}

/**
 * Signs in as a teacher and goes through what renders the most: acting-as, another language, a
 * module app when the registry has one (`appName`: its English name in the navigation), and
 * signing out through the provider back to the portal.
 */
async function useThePortal(page: Page, origin: string, appName?: string): Promise<void> {
  await openSignedIn(page, origin, 'teacher');
  await page.locator('d1-user-menu').click();
  await page.getByRole('menuitemradio').nth(1).click();
  await page.getByRole('button', { name: /suomi/ }).click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('d1-shell main h1')).toHaveText(/^Hello, /);
  if (appName) {
    await page.locator('d1-shell-nav').getByRole('link', { name: appName }).click();
    await expect(page.getByTestId('fixture-greeting')).toHaveText(/Mikko/);
  }
  await page.locator('d1-user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  // The provider asks to confirm (RP-initiated logout), then returns to the portal.
  await page.locator('form button[type="submit"]').first().click();
  await expect(page).toHaveURL(`${origin}/signed-out`);
  await expect(page.locator('d1-shell-auth-screen h1')).toBeVisible();
}

/** Listens on a free port of 127.0.0.1 and answers with the server's origin. */
async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The server did not listen.');
  return `http://127.0.0.1:${address.port}`;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => {
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}

/**
 * A vendor's module app on an origin of its own, as a vendor builds it: plain ES modules with the
 * shared names left bare (Lit, the SDK, the components), rendering with Lit under Trusted Types.
 */
const VENDOR_APP = `
import { LitElement, html } from 'lit';
import { defineMicroApp } from '@digione/sdk';
import { localization } from '@digione/components/localization';
import '@digione/components/button/define';

class ProbeApp extends LitElement {
  static properties = { name: { type: String } };
  constructor() {
    super();
    this.name = '';
  }
  render() {
    return html\`<h1>Probe</h1>
      <p data-testid="fixture-greeting">Hello, \${this.name}!</p>
      <d1-button>OK</d1-button>\`;
  }
}
customElements.define('csp-probe-app', ProbeApp);

export default defineMicroApp({
  async bootstrap() {},
  async mount(container, context) {
    const app = document.createElement('csp-probe-app');
    app.name = context.user.value.givenName ?? '';
    container.replaceChildren(app);
  },
  async unmount() {},
});
export { LitElement, defineMicroApp, localization };
`;

/** Serves the vendor's app, with CORS as module scripts from another origin need. */
function vendorServer(): Server {
  return createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/javascript; charset=utf-8',
      'access-control-allow-origin': '*',
    });
    res.end(VENDOR_APP);
  });
}

const AUDIENCE = 'urn:digione:api:csp-probe';

/** The vendor app's manifest; `id`, `route` and `label` set another app with the same code. */
function vendorManifest(
  entry: string,
  id = 'csp-probe',
  route = '/koetin',
  label = { fi: 'Koetin', sv: 'Sond', en: 'Probe' },
): unknown {
  return {
    id,
    name: label,
    description: label,
    icon: 'apps',
    vendor: { name: 'Esimerkki Oy' },
    entry,
    isolation: 'module',
    routes: [route],
    nav: [{ path: route, label }],
    roles: ['teacher'],
    context: { user: ['givenName'] },
    // Each app its own audience (the shell would refuse a second app with the first one's).
    api: { audience: id === 'csp-probe' ? AUDIENCE : `urn:digione:api:${id}` },
    contract: '^1.0.0',
    locales: ['fi', 'sv', 'en'],
  };
}

/**
 * Loads the vendor's app module into a signed-in portal page and compares what it imported by the
 * shared names with what the page itself resolves them to: one instance of each, one Lit.
 */
async function expectSharedInstances(page: Page, app: string): Promise<void> {
  const shared = await page.evaluate(
    async ([entry, names]) => {
      const load = (url: string): Promise<Record<string, unknown>> => import(url);
      const vendorApp = await load(entry);
      const [lit, sdk, localization] = await Promise.all(names.map(load));
      const button = customElements.get('d1-button');
      const LitElement = lit.LitElement as CustomElementConstructor;
      return {
        lit: vendorApp.LitElement === LitElement,
        sdk: vendorApp.defineMicroApp === sdk.defineMicroApp,
        localization: vendorApp.localization === localization.localization,
        components: button !== undefined && button.prototype instanceof LitElement,
        litInstances: (globalThis as { litHtmlVersions?: unknown[] }).litHtmlVersions?.length,
      };
    },
    [app, ['lit', '@digione/sdk', '@digione/components/localization']] as const,
  );
  expect(shared).toEqual({
    lit: true,
    sdk: true,
    localization: true,
    components: true,
    litInstances: 1,
  });
}

test.describe('from the development server', () => {
  let stack: Stack;
  let vendor: Server;
  let vendorOrigin: string;
  test.beforeAll(async () => {
    vendor = vendorServer();
    vendorOrigin = await listen(vendor);
    // A module app served by the portal's own server, as `npm start` serves the apps that exist,
    // and one from another origin.
    stack = await startStack({
      server: 'development',
      registry: [fixtureManifest('good'), vendorManifest(`${vendorOrigin}/app.js`)],
      apps: fixtureFolders(['good']),
    });
  });
  test.afterAll(async () => {
    await stack.stop();
    await close(vendor);
  });

  test('every page response carries the strict policy and a nonce of its own', async ({
    request,
  }) => {
    const pages = [`${stack.portal.origin}/`, `${stack.portal.origin}/viestit/42`];
    const nonces: string[] = [];
    for (const url of pages) {
      const response = await request.get(url, { headers: { accept: 'text/html' } });
      const policy = response.headers()['content-security-policy'];
      const directives = strictDirectives(policy);
      expect(directives.get('connect-src')).toContain(new URL(stack.idp.issuer).origin);
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? '';
      expect(directives.get('style-src')).toContain(`'nonce-${nonce}'`);
      const html = await response.text();
      expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}"`);
      expect(html).toContain('<script type="importmap"');
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toEqual(nonces[1]);
  });

  test('a person signs in and uses the portal without a single violation', async ({ page }) => {
    const problems = await watchViolations(page, stack.portal.origin);
    try {
      await useThePortal(page, stack.portal.origin, 'Good app');
    } finally {
      // A violation is the likeliest reason why the portal did not get as far as it should.
      expect(problems).toEqual([]);
    }
  });

  test('a module app from another origin gets the very modules the shell runs', async ({
    page,
  }) => {
    const problems = await watchViolations(page, stack.portal.origin);
    await openSignedIn(page, stack.portal.origin, 'teacher');
    await expectSharedInstances(page, `${vendorOrigin}/app.js`);
    expect(problems).toEqual([]);
  });
});

test.describe('from the production build', () => {
  let dist: string;
  let portal: Server;
  let vendor: Server;
  let idp: RunningIdentityProvider;
  let origin: string;
  let vendorOrigin: string;

  test.beforeAll(async () => {
    // The production build the run made before any test (support/shell-build.ts).
    dist = SHELL_BUILD;

    vendor = vendorServer();
    vendorOrigin = await listen(vendor);

    // The portal's address must be known before the provider registers its redirect URIs.
    let config: unknown = {};
    let registry: unknown = [];
    let headers: [string, string][] = [];
    const files = sirv(dist, { single: true, dev: true, etag: true });
    portal = createServer((req, res) => {
      for (const [name, value] of headers) res.setHeader(name, value);
      const path = new URL(req.url ?? '/', 'http://portal').pathname;
      if (path === '/config.json' || path === '/registry.json') {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(path === '/config.json' ? config : registry));
        return;
      }
      files(req, res);
    });
    origin = await listen(portal);

    idp = await startIdentityProvider({
      port: 0,
      log: false,
      clients: [
        {
          clientId: 'digione-portal',
          redirectUris: [`${origin}/auth/callback`],
          postLogoutRedirectUris: [`${origin}/signed-out`],
        },
      ],
      resources: [{ audience: AUDIENCE }],
    });
    config = {
      auth: { authority: idp.issuer, clientId: 'digione-portal', resources: [AUDIENCE] },
      registry: '/registry.json',
    };
    const listed = [vendorManifest(`${vendorOrigin}/app.js`)];
    registry = listed;

    // The headers exactly as documented: nginx.conf's, with the policy its `include` names,
    // generated as the deploy step generates it.
    const conf = readFileSync(join(repo, 'docs', 'deploy', 'nginx.conf'), 'utf8');
    expect(conf).toContain('include /etc/nginx/digione/csp.conf;');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const policy = productionHeaders(html, {
      config,
      registry: listed,
      portalOrigin: origin,
      allowLocalhost: true,
    });
    headers = [...nginxHeaders(nginxSnippet(policy)), ...nginxHeaders(conf)];
    // Registered after the policy was generated (and on another origin: "localhost", not the IP).
    registry = [
      ...listed,
      vendorManifest(
        `${vendorOrigin.replace('127.0.0.1', 'localhost')}/app.js`,
        'unlisted',
        '/uusi',
        {
          fi: 'Uusi sovellus',
          sv: 'Ny app',
          en: 'New app',
        },
      ),
    ];
  });

  test.afterAll(async () => {
    await idp.stop();
    await close(portal);
    await close(vendor);
  });

  test('index.html maps the shared libraries, and the policy allows that import map by its hash', async ({
    request,
  }) => {
    const response = await request.get(`${origin}/lukujarjestys`);
    expect(response.headers()['content-type']).toMatch(/^text\/html/);
    const html = await response.text();
    const importMaps = [...html.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)];
    expect(importMaps).toHaveLength(1);
    const map = JSON.parse(importMaps[0]?.[1] ?? '{}') as {
      imports: Record<string, string | undefined>;
    };
    for (const name of [
      'lit',
      'lit/decorators.js',
      '@lit/localize',
      'rxjs',
      '@digione/sdk',
      '@digione/components/define',
      '@digione/components/localization',
    ]) {
      expect(map.imports[name], name).toMatch(/^\/shared\/.+-[\w-]{8}\.js$/);
    }
    // The hash, computed here on its own, of the import map's text exactly as the file holds it.
    const text = importMaps[0]?.[1] ?? '';
    const hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const directives = strictDirectives(response.headers()['content-security-policy']);
    expect(directives.get('script-src')).toEqual(["'self'", hash, vendorOrigin]);
    expect(directives.get('connect-src')).toContain(new URL(idp.issuer).origin);
    expect(response.headers()['x-frame-options']).toBe('DENY');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    // A shared module is served as the import map names it.
    const lit = await request.get(`${origin}${map.imports.lit ?? ''}`);
    expect(lit.headers()['content-type']).toMatch(/javascript/);
  });

  test('a person signs in and uses the portal without a single violation', async ({ page }) => {
    const problems = await watchViolations(page, origin);
    try {
      await useThePortal(page, origin, 'Probe');
    } finally {
      // A violation is the likeliest reason why the portal did not get as far as it should.
      expect(problems).toEqual([]);
    }
  });

  test('a module app from another origin gets the very Lit, SDK and localization the shell runs', async ({
    page,
  }) => {
    const problems = await watchViolations(page, origin);
    await openSignedIn(page, origin, 'teacher');
    await expectSharedInstances(page, `${vendorOrigin}/app.js`);
    expect(problems).toEqual([]);
  });

  test('an app registered after the policy was generated is refused, in its own area only', async ({
    page,
  }) => {
    const problems = await watchViolations(page, origin);
    await openSignedIn(page, origin, 'teacher');
    await page.locator('d1-shell-nav').getByRole('link', { name: 'Uusi sovellus' }).click();
    await expect(
      page.locator('d1-shell > section.d1-app-area[data-d1-app="unlisted"] d1-error-panel'),
    ).toBeVisible();
    expect(problems.join('\n')).toMatch(/script-src(-elem)? blocked http:\/\/localhost:/);
    await page.locator('d1-shell-nav').getByRole('link', { name: 'Koetin' }).click();
    await expect(page.getByTestId('fixture-greeting')).toHaveText('Hello, Mikko!');
  });
});
