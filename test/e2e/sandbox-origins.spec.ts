/**
 * The vendor sandbox and an iframe app that accepts several portals, end to end in Chromium: the
 * sandbox serves the example iframe app (sdk/sandbox/example-iframe) to two portal origins — its own
 * under both loopback names, http://127.0.0.1:<port> and http://localhost:<port> — and, given the
 * portals the app accepts (`--shell-origins`), says when the app would refuse the sandbox's origin.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { axe } from './support/axe.js';
import { freePort, startSandbox } from './support/sandbox.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = join(ROOT, 'sdk/sandbox/example-iframe');
const READY = /DigiOne sandbox: (\S+) \(the iframe app: (\S+)\)/;

function parts(page: Page) {
  const sandbox = page.locator('d1-sandbox');
  return {
    sandbox,
    app: page.frameLocator('d1-sandbox iframe.d1-sandbox-iframe-app'),
    portals: sandbox.locator('dl.portals'),
    refusal: sandbox.locator('d1-alert[variant="danger"]'),
    errors: sandbox.locator('section.errors'),
  };
}

/** The sandbox's page at `url` under its other loopback name. */
function twin(url: string): string {
  const address = new URL(url);
  address.hostname = address.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return address.href;
}

test.describe('the sandbox serves the same iframe app to two portal origins', () => {
  let stop: () => Promise<void>;
  let url: string;

  test.beforeAll(async () => {
    const sandbox = await startSandbox(['--cwd', EXAMPLE, '--port', '0'], READY);
    stop = () => sandbox.stop();
    url = sandbox.ready[1];
  });
  test.afterAll(async () => {
    await stop();
  });

  test('the app connects to the sandbox at 127.0.0.1 and at localhost alike', async ({ page }) => {
    const origins = [new URL(url).origin, new URL(twin(url)).origin];
    for (const address of [url, twin(url)]) {
      await page.goto(address);
      const { app, portals, refusal } = parts(page);
      await expect(app.getByRole('heading', { name: 'Hei, Aino!' })).toBeVisible();
      // The app's page holds both, as the sandbox wrote them; the page says this one is accepted.
      expect(await app.locator('meta[name="digione-shell-origin"]').getAttribute('content')).toBe(
        origins.join(' '),
      );
      await expect(portals.locator('dd').first()).toHaveText(origins.join(' '));
      await expect(portals.locator('dd').last()).toHaveText(
        `${new URL(address).origin} hyväksytään`,
      );
      await expect(refusal).toHaveCount(0);
    }
    await axe(page);
  });
});

test.describe('the sandbox with the portals an operator publishes', () => {
  let stop: () => Promise<void>;
  let url: string;
  let port: number;

  test.beforeAll(async () => {
    port = await freePort();
    const appPort = await freePort();
    // The app accepts the operator's portals and, while developing, the sandbox at localhost only.
    const sandbox = await startSandbox(
      [
        '--cwd',
        EXAMPLE,
        '--port',
        String(port),
        '--app-port',
        String(appPort),
        '--shell-origins',
        `https://*.digione.fi http://localhost:${String(port)}`,
      ],
      READY,
    );
    stop = () => sandbox.stop();
    url = sandbox.ready[1];
  });
  test.afterAll(async () => {
    await stop();
  });

  test('says clearly that the app refuses the sandbox at an origin it does not accept', async ({
    page,
  }) => {
    const refused: string[] = [];
    const note = (text: string): void => {
      if (text.includes('D1-SDK-314')) refused.push(text);
    };
    // The example app does not catch its refusal: the browser reports it as uncaught.
    page.on('console', (message) => {
      note(message.text());
    });
    page.on('pageerror', (error) => {
      note(error.message);
    });
    await page.goto(url);
    const { app, portals, refusal, errors } = parts(page);
    const origin = new URL(url).origin;
    await expect(portals.locator('dd').last()).toHaveText(`${origin} ei hyväksytä`);
    await expect(refusal).toContainText('[D1-SDK-177]');
    await expect(refusal).toContainText(`The app would refuse this sandbox at ${origin}`);
    await expect(refusal).toContainText('"https://*.digione.fi"');
    await expect(refusal).toContainText('--shell-origins');
    // The app itself refuses too: it says so in its console, and never connects.
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    expect(refused[0]).toContain(`the portal at ${origin} frames this app`);
    await expect(errors).toContainText('D1-SDK-306');
    await expect(app.getByRole('heading', { name: 'Hei, Aino!' })).toHaveCount(0);
    await axe(page);
  });

  test('the same app connects to the sandbox at the origin it accepts', async ({ page }) => {
    await page.goto(twin(url));
    const { app, portals, refusal } = parts(page);
    await expect(app.getByRole('heading', { name: 'Hei, Aino!' })).toBeVisible();
    await expect(portals.locator('dd').last()).toHaveText(
      `http://localhost:${String(port)} hyväksytään`,
    );
    await expect(refusal).toHaveCount(0);
  });
});
