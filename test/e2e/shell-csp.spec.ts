/**
 * The shell under a strict Content-Security-Policy with Trusted Types required — no inline script
 * but the import map (by its hash), no inline style, no eval — from the development server. A
 * person signs in with the real local identity provider and uses the portal; any violation fails
 * the test. The production build: shell-csp-production.spec.ts.
 */
import { test, expect } from '@playwright/test';
import { listen, stopServer } from '../../shell/scripts/http-files.js';
import {
  expectSharedInstances,
  strictDirectives,
  useThePortal,
  vendorManifest,
  vendorServer,
  watchViolations,
} from './support/csp.js';
import { openSignedIn } from './support/sign-in.js';
import { startStack, type Stack } from './support/stack.js';
import { fixtureFolders, fixtureManifest } from './fixtures/apps/manifests.js';
import type { Server } from 'node:http';

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
    await stopServer(vendor);
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
