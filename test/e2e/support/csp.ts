/**
 * What the Content-Security-Policy specs share: collecting the portal's violations, checking a
 * policy's strictness, a person's walk through the portal, and a vendor's module app on an origin
 * of its own that must get the very shared modules the shell runs.
 */
import { createServer, type Server } from 'node:http';
import { expect, type Page } from '@playwright/test';
import { openSignedIn } from './sign-in.js';

/** What a browser logs when a policy or Trusted Types blocks something. */
const POLICY_MESSAGE =
  /Content[- ]Security[- ]Policy|Trusted ?Types?|TrustedHTML|TrustedScript|Refused to/i;

/**
 * Collects every Content-Security-Policy and Trusted Types violation of the portal's pages (not of
 * the identity provider's): `securitypolicyviolation` events, and what the console and uncaught
 * errors say about policies.
 */
export async function watchViolations(page: Page, origin: string): Promise<string[]> {
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
export function strictDirectives(policy: string | undefined): Map<string, string[]> {
  expect(policy, 'the page has a Content-Security-Policy').toBeTruthy();
  const directives = new Map<string, string[]>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name, values);
  }
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\s\*/);
  expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
  expect(directives.get('trusted-types')).toEqual(['lit-html', 'default']);
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
export async function useThePortal(page: Page, origin: string, appName?: string): Promise<void> {
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

/**
 * A vendor's module app on an origin of its own, as a vendor builds it: plain ES modules with the
 * shared names left bare (Lit, the SDK, the components), rendering with Lit under Trusted Types.
 */
export const VENDOR_APP = `
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
export function vendorServer(): Server {
  return createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/javascript; charset=utf-8',
      'access-control-allow-origin': '*',
    });
    res.end(VENDOR_APP);
  });
}

export const AUDIENCE = 'urn:digione:api:csp-probe';

/** The vendor app's manifest; `id`, `route` and `label` set another app with the same code. */
export function vendorManifest(
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
export async function expectSharedInstances(page: Page, app: string): Promise<void> {
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
