/**
 * The trust boundary, proved as a whole: two hostile vendor apps — one in the page (a module app),
 * one in a sandboxed frame on its own origin (an iframe app) — try every attack of
 * fixtures/apps/hostile/attacks.ts and what a framed page can try besides. Throughout, the portal
 * stays usable (navigation, language, other apps), the person is never moved off the portal, no
 * token but the app's own reaches it, and each refusal is logged once with the app named.
 *
 * What is NOT isolated is proved too: a module app runs in the portal's page as trusted code, and
 * can speak on the portal's own channels; that is why untrusted vendors run as iframe apps.
 */
import { test, expect, type ConsoleMessage, type Frame, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { AppManifest } from '@digione/sdk';
import {
  startBuiltIframeApp,
  type RunningIframeApp,
} from '../../shell/scripts/iframe-app-server.js';
import { startStack, type Stack } from './support/stack.js';
import { E2E_CACHE } from './support/shell-build.js';
import { signInTo } from './fixtures/apps/session.js';
import { fixtureFolders, fixtureManifest } from './fixtures/apps/manifests.js';
import { OFF_PORTAL, type Outcome } from './fixtures/apps/hostile/attacks.js';

const FRAME_ID = 'hostile-frame';
const AUDIENCES = [
  'urn:digione:api:good',
  'urn:digione:api:hostile',
  `urn:digione:api:${FRAME_ID}`,
];

/** Builds the hostile frame's page (index.html and main.js) for this worker. */
async function buildFrame(): Promise<string> {
  const source = join(import.meta.dirname, 'fixtures', 'hostile-frame');
  const dist = join(E2E_CACHE, `hostile-frame-${process.env.TEST_WORKER_INDEX ?? '0'}`);
  mkdirSync(dist, { recursive: true });
  await build({
    entryPoints: [join(source, 'main.ts')],
    outfile: join(dist, 'main.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['@digione/source', 'browser'],
    logLevel: 'warning',
  });
  writeFileSync(join(dist, 'index.html'), readFileSync(join(source, 'index.html'), 'utf8'));
  return dist;
}

let stack: Stack;
let frameApp: RunningIframeApp | undefined;

test.beforeAll(async () => {
  const dist = await buildFrame();
  stack = await startStack({
    audiences: AUDIENCES,
    apps: fixtureFolders(['good', 'hostile']),
    registry: () => [
      fixtureManifest('good'),
      fixtureManifest('hostile'),
      ...(frameApp
        ? [
            {
              ...fixtureManifest('good'),
              id: FRAME_ID,
              name: { fi: 'Vihamielinen kehys', sv: 'Fientlig ram', en: 'Hostile frame' },
              description: {
                fi: 'Vihamielinen kehys: testisovellus',
                sv: 'Fientlig ram: testapp',
                en: 'Hostile frame: a test app',
              },
              isolation: 'iframe',
              entry: `${frameApp.origin}/index.html`,
              origin: frameApp.origin,
              routes: ['/vihamielinen-kehys'],
              nav: [
                {
                  path: '/vihamielinen-kehys',
                  label: { fi: 'Vihamielinen kehys', sv: 'Fientlig ram', en: 'Hostile frame' },
                },
              ],
              widgets: [],
              api: { audience: `urn:digione:api:${FRAME_ID}` },
            } satisfies AppManifest,
          ]
        : []),
    ],
  });
  frameApp = await startBuiltIframeApp({
    dist,
    shellOrigin: stack.portal.origin,
    connect: () => [],
  });
  // Registered once it runs: its origin is known only then.
  await stack.deploy();
});

test.afterAll(async () => {
  await frameApp?.stop();
  await stack.stop();
});

/** Console lines of the portal's page and its frames, as they come. */
function consoleOf(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (message: ConsoleMessage) => lines.push(message.text()));
  return lines;
}

/** The hostile module app's heading: it has mounted. */
function hostileHeading(page: Page) {
  return page.locator('[data-d1-app-root="hostile"] h1', { hasText: 'Vihamielinen sovellus' });
}

/** Whose question the portal's dialog shows. */
function questionSource(page: Page) {
  return page.locator('d1-shell-confirm [data-d1-source]');
}

/** Runs an attack of the app in the page, or in the frame. */
function attack<T = unknown>(where: Page | Frame, name: string, arg?: unknown): Promise<T> {
  return where.evaluate(
    ([n, a]) =>
      (window as unknown as { d1Hostile: (n: string, a?: unknown) => Promise<T> }).d1Hostile(n, a),
    [name, arg] as const,
  );
}

/** The portal still works: the language changes, and another app opens and runs. */
async function portalStillWorks(page: Page): Promise<void> {
  await page.locator('d1-language-picker').click();
  await page.getByRole('menuitemradio').nth(1).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await page.locator('d1-shell-nav').getByRole('link', { name: 'Bra app' }).click();
  await expect(
    page.locator('section.d1-app-area[data-d1-app="good"]').getByTestId('fixture-greeting'),
  ).toHaveText('Hej, Aino!');
  await page.locator('d1-language-picker').click();
  await page.getByRole('menuitemradio').nth(0).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

/** Every off-portal target was refused with one SDK code, and logged once with the app named. */
async function refusedOffPortal(page: Page, results: Outcome[], logs: string[], appId: string) {
  expect(results).toHaveLength(OFF_PORTAL.length);
  for (const result of results) expect(result.ok, JSON.stringify(result)).toBe(false);
  const codes = new Set(results.map((r) => (r.ok ? '' : r.code)));
  expect(codes.size).toBe(1);
  const [code] = [...codes];
  expect(code).toMatch(/^D1-SDK-\d{3}$/);
  await expect
    .poll(() => logs.filter((line) => line.includes(code) && line.includes(`"${appId}"`)))
    .toHaveLength(OFF_PORTAL.length);
  expect(new URL(page.url()).origin).toBe(stack.portal.origin);
}

test.describe('a hostile module app', () => {
  test('cannot steer, spoof or outlast the portal', async ({ page }) => {
    const logs = consoleOf(page);
    const popups: Page[] = [];
    page.context().on('page', (opened) => popups.push(opened));
    await signInTo(page, stack.portal.origin, 'pupil', '/vihamielinen');
    await expect(hostileHeading(page)).toBeVisible();

    await test.step('it cannot send the person off the portal', async () => {
      const results = await attack<Outcome[]>(page, 'navigate-off-portal');
      await refusedOffPortal(page, results, logs, 'hostile');
    });

    await test.step('its only token is for its own API', async () => {
      const token = await attack<{ ok: boolean; audience?: unknown }>(page, 'token');
      expect(token).toEqual({ ok: true, audience: 'urn:digione:api:hostile' });
    });

    await test.step('it speaks only in its own name and hears only what is public', async () => {
      const publish = await attack<Outcome>(page, 'publish-others');
      expect(publish.ok).toBe(false);
      const subscribe = await attack<{ other: Outcome; shell: Outcome }>(page, 'subscribe-others');
      expect(subscribe.other.ok).toBe(false);
      expect(subscribe.shell.ok).toBe(true);
      expect(await attack<number>(page, 'publish-flood')).toBe(0);
    });

    await test.step('its title cannot push out the portal’s name', async () => {
      await attack(page, 'long-title');
      const title = await page.title();
      expect(title.length).toBeLessThanOrEqual(200);
      expect(title).toMatch(/ – Vihamielinen sovellus – DigiOne$/);
    });

    await test.step('its toasts are few, named as its own, and close', async () => {
      const results = await attack<Outcome[]>(page, 'toast-flood', 20);
      expect(results.every((r) => r.ok)).toBe(true);
      const toasts = page.locator('d1-toast-stack').locator('[data-source="app"]');
      await expect(toasts.first()).toBeVisible();
      expect(await toasts.count()).toBeLessThanOrEqual(5);
      for (const text of await toasts.allTextContents()) {
        expect(text).toContain('Vihamielinen sovellus');
      }
    });

    await test.step('one question at a time, answered "no" when it goes', async () => {
      const second = await attack<Outcome>(page, 'confirm-twice');
      expect(second.ok).toBe(false);
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(questionSource(page)).toHaveText(/Vihamielinen sovellus/);
      // The app leaves for another portal page (honestly): its question closes, answered no.
      expect((await attack<Outcome>(page, 'navigate-portal', '/hyva')).ok).toBe(true);
      await expect(dialog).toBeHidden();
      // Nor do its toasts outlast it.
      await expect(page.locator('d1-toast-stack').locator('[data-source="app"]')).toHaveCount(0);
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              (window as unknown as Record<string, Record<string, unknown> | undefined>)[
                'd1Hostile:answers'
              ]?.first,
          ),
        )
        .toBe(false);
    });

    await test.step('callbacks that throw break nothing', async () => {
      await page.goto(`${stack.portal.origin}/vihamielinen`);
      await expect(page.locator('d1-user-menu')).toBeVisible();
      await expect(hostileHeading(page)).toBeVisible();
      await attack(page, 'throwing-callbacks');
      await portalStillWorks(page);
    });

    expect(popups).toHaveLength(0);
    expect(new URL(page.url()).origin).toBe(stack.portal.origin);
  });
});

test.describe('a hostile iframe app', () => {
  /** The hostile frame, once its page has connected to the portal. */
  async function connectedFrame(page: Page): Promise<Frame> {
    const origin = frameApp?.origin ?? '';
    await expect
      .poll(() => page.frames().find((f) => f.url().startsWith(origin)) !== undefined)
      .toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith(origin));
    if (!frame) throw new Error('The hostile frame did not load.');
    await frame.waitForFunction(() => document.body.dataset.ready === 'true');
    return frame;
  }

  test('cannot steer, spoof or outlast the portal', async ({ page }) => {
    const logs = consoleOf(page);
    const popups: Page[] = [];
    page.context().on('page', (opened) => popups.push(opened));
    await signInTo(page, stack.portal.origin, 'pupil', '/vihamielinen-kehys');
    let frame = await connectedFrame(page);

    await test.step('it cannot send the person off the portal through the SDK', async () => {
      const results = await attack<Outcome[]>(frame, 'navigate-off-portal');
      await refusedOffPortal(page, results, logs, FRAME_ID);
    });

    await test.step('nor by itself: top navigation, popups and forms are the sandbox’s', async () => {
      expect(await attack(frame, 'top-navigation')).not.toBe('assigned');
      expect(await attack(frame, 'popup')).toBe('blocked');
      const blocked = page.waitForEvent('console', (m) =>
        /allow-top-navigation|sandbox/i.test(m.text()),
      );
      await attack(frame, 'form-to-top');
      await blocked;
      // A forged shell message is no protocol call: the portal ignores it.
      await attack(frame, 'post-to-portal');
      expect(new URL(page.url()).origin).toBe(stack.portal.origin);
    });

    await test.step('its only token is for its own API', async () => {
      const token = await attack<{ ok: boolean; audience?: unknown }>(frame, 'token');
      expect(token).toEqual({ ok: true, audience: `urn:digione:api:${FRAME_ID}` });
    });

    await test.step('it speaks only in its own name and hears only what is public', async () => {
      // A frame's publish and subscribe are messages it does not wait on: the refusals come back
      // to it, and show in its console, naming it.
      await attack(frame, 'publish-others');
      await attack(frame, 'subscribe-others');
      for (const code of ['D1-SDK-111', 'D1-SDK-114']) {
        await expect
          .poll(() => logs.filter((line) => line.includes(code) && line.includes(`"${FRAME_ID}"`)))
          .toHaveLength(1);
      }
      expect(await attack<number>(frame, 'publish-flood')).toBe(0);
    });

    await test.step('its title and toasts are bounded and named as its own', async () => {
      await attack(frame, 'long-title');
      await expect.poll(() => page.title()).toMatch(/ – Vihamielinen kehys – DigiOne$/);
      expect((await page.title()).length).toBeLessThanOrEqual(200);
      await attack(frame, 'toast-flood', 20);
      const toasts = page.locator('d1-toast-stack').locator('[data-source="app"]');
      await expect(toasts.first()).toBeVisible();
      expect(await toasts.count()).toBeLessThanOrEqual(5);
      for (const text of await toasts.allTextContents()) {
        expect(text).toContain('Vihamielinen kehys');
      }
    });

    await test.step('its question closes, answered "no", when it goes', async () => {
      expect((await attack<Outcome>(frame, 'confirm-twice')).ok).toBe(false);
      const dialog = page.getByRole('dialog');
      await expect(questionSource(page)).toHaveText(/Vihamielinen kehys/);
      await attack(frame, 'navigate-portal', '/hyva');
      await expect(dialog).toBeHidden();
    });

    await test.step('its channels are its own origin’s, not the portal’s', async () => {
      await page.locator('d1-shell-nav').getByRole('link', { name: 'Vihamielinen kehys' }).click();
      frame = await connectedFrame(page);
      await attack(frame, 'broadcast-sign-out');
      await attack(frame, 'throwing-callbacks');
      await portalStillWorks(page);
      await expect(page.locator('d1-user-menu')).toBeVisible();
    });

    expect(popups).toHaveLength(0);
    expect(new URL(page.url()).origin).toBe(stack.portal.origin);
  });
});

test.describe('a module app is trusted code', () => {
  test('in the page it can speak on the portal’s own sign-out channel: untrusted vendors run in frames', async ({
    page,
  }) => {
    await signInTo(page, stack.portal.origin, 'pupil', '/vihamielinen');
    await expect(hostileHeading(page)).toBeVisible();
    await attack(page, 'broadcast-sign-out');
    // The portal believes its own channel: this is why a module app must be trusted (integrity-pinned).
    await expect(page.locator('d1-user-menu')).toBeHidden();
  });
});
