/**
 * Iframe apps in the portal, end to end: the SDK's hello-iframe example in a sandboxed frame on an
 * origin of its own with the same context, and the time limits of a frame's page on a slow network.
 */
import { createServer } from 'node:http';
import { test, expect } from '@playwright/test';
import { listen, stopServer } from '../../shell/scripts/http-files.js';
import type { Stack } from './support/stack.js';
import { signInTo } from './fixtures/apps/session.js';
import { HELLO_IFRAME, nav, withHelloIframe } from './support/shell-apps.js';

test.describe('an iframe app', () => {
  let stack: Stack;
  let stop: () => Promise<void>;
  test.beforeAll(async () => {
    ({ stack, stop } = await withHelloIframe());
  });
  test.afterAll(async () => {
    await stop();
  });

  test('runs in a sandboxed frame on its own origin, with the same context', async ({ page }) => {
    await signInTo(page, stack.portal.origin, 'pupil', '/hello-iframe');
    const frame = page.locator('section.d1-app-area[data-d1-app="hello-iframe"] iframe');
    await expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms');
    await expect(frame).toHaveAttribute('title', 'Hei kehyksestä');
    const inside = page.frameLocator('section.d1-app-area[data-d1-app="hello-iframe"] iframe');
    await expect(inside.locator('h2')).toHaveText('Hei, Aino!');
    // Its toast is the portal's.
    await inside.getByRole('button', { name: 'Tervehdi' }).click();
    await expect(page.locator('d1-toast-stack')).toContainText('Terveiset kehyksestä!');
    // The language reaches the frame.
    await page.locator('d1-language-picker').click();
    await page.getByRole('menuitemradio').nth(2).click();
    await expect(inside.locator('h2')).toHaveText('Hello, Aino!');
    await expect(frame).toHaveAttribute('title', 'Hello from a frame');
  });
});

test.describe('an iframe app on a slow network', () => {
  // A page of the app's origin that loads at once and never connects (no DigiOne app in it).
  const silent = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><html lang="fi"><title>Hiljainen</title><p>Ei sovellusta.</p></html>');
  });
  let stack: Stack;
  let stop: () => Promise<void>;
  test.beforeAll(async () => {
    const silentOrigin = await listen(silent, '127.0.0.1', 0);
    const silentApp = {
      ...HELLO_IFRAME,
      id: 'silent-frame',
      name: { fi: 'Hiljainen kehys', sv: 'Tyst ram', en: 'Silent frame' },
      entry: `${silentOrigin}/`,
      origin: silentOrigin,
      routes: ['/silent-frame'],
      nav: [{ path: '/silent-frame', label: { fi: 'Hiljainen', sv: 'Tyst', en: 'Silent' } }],
      api: { audience: 'https://api.silent-frame.example.fi' },
    };
    // The time limits the test stands on: two minutes for a page to load, as for an import, and
    // two seconds for a loaded page to connect, as for one lifecycle call.
    ({ stack, stop } = await withHelloIframe(
      { appTimeouts: { importTimeoutMs: 120_000, lifecycleTimeoutMs: 2_000 } },
      [silentApp],
    ));
  });
  test.afterAll(async () => {
    await stop();
    await stopServer(silent);
  });

  test('its page has the budget of an import to load, and the area says it is opening meanwhile', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signInTo(page, stack.portal.origin, 'pupil');
    // From here on every request takes at least a second: the frame's page, its script and that
    // script's imports, one after another, take longer than the two seconds of a lifecycle call.
    const network = await page.context().newCDPSession(page);
    await network.send('Network.enable');
    await network.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 1000,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const failures: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(message.text());
    });
    await nav(page).getByRole('link', { name: 'Hei kehyksestä' }).click();
    const appArea = page.locator('section.d1-app-area[data-d1-app="hello-iframe"]');
    await expect(appArea.locator('d1-shell-app-status')).toContainText('Palvelua avataan');
    const inside = appArea.frameLocator('iframe');
    await expect(inside.locator('h2')).toHaveText('Hei, Aino!', { timeout: 120_000 });
    await expect(appArea.locator('d1-shell-app-status')).not.toContainText('Palvelua avataan');
    await expect(appArea.locator('d1-error-panel')).toHaveCount(0);
    expect(failures.filter((text) => /hello-iframe|D1-SDK-30/.test(text))).toEqual([]);
  });

  test('a page that loads and never connects fails at the limit of a lifecycle call, with a retry', async ({
    page,
  }) => {
    await signInTo(page, stack.portal.origin, 'pupil', '/silent-frame');
    const appArea = page.locator('section.d1-app-area[data-d1-app="silent-frame"]');
    // Two seconds after its page loaded, not the two minutes it had to load.
    await expect(appArea.locator('d1-error-panel')).toBeVisible({ timeout: 60_000 });
    await expect(appArea.locator('d1-error-panel')).toContainText('Palvelu ei vastannut ajoissa');
    await expect(appArea.getByRole('button', { name: 'Yritä uudelleen' })).toBeVisible();
  });
});
