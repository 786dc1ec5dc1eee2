/**
 * The shell's production build under a strict Content-Security-Policy with Trusted Types
 * required, served by nginx with docs/deploy/nginx.conf and the policy the deploy step generates:
 * the import map allowed by its hash, a person's walk through the portal without a violation,
 * shared modules for a vendor's app, and an app registered after the policy refused.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { startProviderForPortal, type RunningIdentityProvider } from '@digione/dev-idp';
import { productionHeaders } from '../../shell/scripts/csp.js';
import { listen, stopServer } from '../../shell/scripts/http-files.js';
import {
  AUDIENCE,
  expectSharedInstances,
  strictDirectives,
  useThePortal,
  vendorManifest,
  vendorServer,
  watchViolations,
} from './support/csp.js';
import { prepareNginx, type Nginx } from './support/nginx.js';
import { SHELL_BUILD } from './support/shell-build.js';
import { openSignedIn } from './support/sign-in.js';

test.describe('from the production build', () => {
  let dist: string;
  let portal: Nginx;
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
    portal = await prepareNginx(dist);
    origin = portal.origin;

    idp = await startProviderForPortal(origin, { resources: [{ audience: AUDIENCE }] });
    const config = {
      auth: { authority: idp.issuer, clientId: 'digione-portal', resources: [AUDIENCE] },
      registry: '/registry.json',
    };
    const listed = [vendorManifest(`${vendorOrigin}/app.js`)];

    // The policy generated as the deploy step generates it, for the apps listed then.
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const policy = productionHeaders(html, {
      config,
      registry: listed,
      portalOrigin: origin,
      allowLocalhost: true,
    });
    // Registered after the policy was generated (and on another origin: "localhost", not the IP).
    const registry = [
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
    await portal.deploy({
      files: { 'config.json': JSON.stringify(config), 'registry.json': JSON.stringify(registry) },
      policy,
    });
    await portal.start();
  });

  test.afterAll(async () => {
    await idp.stop();
    await portal.stop();
    await stopServer(vendor);
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
    // The SDK's app side, which the shell asks for with the first module app: the SDK's entry and
    // its chunks the shell does not load itself, each served.
    const appSide = /<meta name="digione-app-preload" content="([^"]+)"/
      .exec(html)?.[1]
      ?.split(' ');
    expect(appSide).toContain(map.imports['@digione/sdk']);
    expect(appSide?.some((file) => file.includes('/shared/chunks/digione-sdk-app-'))).toBe(true);
    for (const file of appSide ?? []) {
      const answer = await request.get(`${origin}${file}`);
      expect(answer.headers()['content-type'], file).toMatch(/javascript/);
    }
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

  test("the SDK's app side comes with the first module app's code, preloaded all at once", async ({
    page,
  }) => {
    await openSignedIn(page, origin, 'teacher');
    await page.locator('d1-shell-nav').getByRole('link', { name: 'Koetin' }).click();
    await expect(page.getByTestId('fixture-greeting')).toHaveText('Hello, Mikko!');
    // Asked for by the shell with <link rel="modulepreload">, all at once as the app loaded,
    // rather than found one import after another; and fetched, the SDK's chunk once.
    const asked = await page.evaluate(() => ({
      preloads: [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')]
        .map((link) => new URL(link.href).pathname)
        .filter((path) => path.includes('digione-sdk')),
      fetched: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/shared/chunks/digione-sdk-app-')).length,
    }));
    expect(asked.preloads).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/shared\/chunks\/digione-sdk-app-/)]),
    );
    expect(asked.fetched).toBe(1);
  });

  test("the boot module's shared files are asked for beside it, each once", async ({ page }) => {
    await openSignedIn(page, origin, 'teacher');
    // Listed by the build, asked for by the entry with <link rel="modulepreload"> as it imports the
    // boot module, rather than found as the boot module arrives, and their chunks after that.
    const asked = await page.evaluate(() => {
      const listed =
        document
          .querySelector<HTMLMetaElement>('meta[name="digione-boot-preload"]')
          ?.content.split(' ') ?? [];
      const preloads = [
        ...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'),
      ].map((link) => new URL(link.href).pathname);
      const resources = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname);
      return {
        listed,
        unlinked: listed.filter((file) => !preloads.includes(file)),
        fetches: listed.map((file) => resources.filter((path) => path === file).length),
      };
    });
    expect(asked.listed).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/shared\/chunks\/digione-components-/),
        expect.stringMatching(/^\/shared\/chunks\/digione-sdk-/),
        expect.stringMatching(/^\/shared\/chunks\/rxjs-/),
      ]),
    );
    expect(asked.unlinked).toEqual([]);
    expect(asked.fetches).toEqual(asked.listed.map(() => 1));
  });

  test('the app registry is asked for once per page, by the entry as /config.json answers', async ({
    page,
  }) => {
    await openSignedIn(page, origin, 'teacher');
    // A page opened with a session, its boot module held back until the registry is asked for:
    // only the entry can ask while the boot module has not run.
    let registryAsked = (): void => undefined;
    const asked = new Promise<void>((resolve) => {
      registryAsked = resolve;
    });
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/registry.json') registryAsked();
    });
    await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
      await asked;
      await route.continue();
    });
    await page.reload();
    await expect(
      page.locator('d1-shell-nav').getByRole('link', { name: 'Koetin', exact: true }),
    ).toBeVisible();
    // The registry's loader read the entry's answer, under the production policy: no request of
    // its own.
    const requests = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname === '/registry.json').length,
    );
    expect(requests).toBe(1);
  });

  test("the first paint runs on Lit itself: none of Lit's directives comes before the boot module", async ({
    page,
  }) => {
    // The boot module, and the shared files the entry asks for beside it once the frame has
    // painted, held back until the test has looked: the frame paints with what the page fetched
    // by then.
    const html = await (await page.request.get(`${origin}/`)).text();
    const listed = /<meta name="digione-boot-preload" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const held = new Set(listed.split(' ').filter(Boolean));
    expect(held.size).toBeGreaterThan(0);
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(
      (url) => held.has(url.pathname) || /^\/assets\/boot-[^/]+\.js$/.test(url.pathname),
      async (route) => {
        await released;
        await route.continue();
      },
    );
    try {
      await page.goto(`${origin}/`);
      await expect(page.getByText('Kirjaudutaan DigiOneen…')).toBeVisible();
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.endsWith('.js')),
      );
      expect(scripts.length).toBeGreaterThan(0);
      // Each directive's code carries its own error text in Lit's production build.
      const directives = [
        'repeat() can only be used in text expressions',
        '`classMap()` can only be used in the `class` attribute',
        'The `styleMap` directive must be used in the `style` attribute',
        'The `live` directive is not allowed on child or event bindings',
      ];
      const carrying: string[] = [];
      for (const path of scripts) {
        const body = await (await page.request.get(`${origin}${path}`)).text();
        for (const text of directives) if (body.includes(text)) carrying.push(`${path}: ${text}`);
      }
      expect(carrying).toEqual([]);
    } finally {
      release();
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
