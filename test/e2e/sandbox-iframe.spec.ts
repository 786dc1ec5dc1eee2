/**
 * The vendor sandbox with an iframe app, end to end in Chromium: `digione-sandbox` started on the
 * example iframe app (sdk/sandbox/example-iframe) serves the app on a second origin, frames it in a
 * sandboxed iframe and bridges the same live context to it, so the switches and panels work as for
 * a module app. Each test group starts its own sandbox on free ports and stops it afterwards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { axe } from './support/axe.js';
import { freePort, sandboxRefusal, startSandbox, switchLanguage } from './support/sandbox.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = join(ROOT, 'sdk/sandbox/example-iframe');

/** The sandbox's custom element and the app's frame. */
function parts(page: Page) {
  const sandbox = page.locator('d1-sandbox');
  const frame = sandbox.locator('iframe.d1-sandbox-iframe-app');
  const app = page.frameLocator('d1-sandbox iframe.d1-sandbox-iframe-app');
  const panel = (name: string) => sandbox.locator(`section.${name}`);
  return { sandbox, frame, app, panel };
}

/** The sandbox's two addresses: its page, and the iframe app's on the second origin. */
const READY = /DigiOne sandbox: (\S+) \(the iframe app: (\S+)\)/;

interface Sandbox {
  readonly url: string;
  readonly appUrl: string;
  stop(): Promise<void>;
}

async function startIframeSandbox(args: readonly string[]): Promise<Sandbox> {
  const sandbox = await startSandbox(args, READY);
  return { url: sandbox.ready[1], appUrl: sandbox.ready[2], stop: () => sandbox.stop() };
}

test.describe('the sandbox with an iframe app on a production origin', () => {
  let sandbox: Sandbox;

  test.beforeAll(async () => {
    sandbox = await startIframeSandbox(['--cwd', EXAMPLE, '--port', '0']);
  });
  test.afterAll(async () => {
    await sandbox.stop();
  });

  test('frames the app on an origin of its own, sandboxed, with the live context', async ({
    page,
  }) => {
    await page.goto(sandbox.url);
    const { frame, app, panel, sandbox: element } = parts(page);
    await expect(app.getByRole('heading', { name: 'Hei, Aino!' })).toBeVisible();

    const shellOrigin = new URL(sandbox.url).origin;
    const appOrigin = new URL(sandbox.appUrl).origin;
    expect(appOrigin).not.toBe(shellOrigin);
    await expect(frame).toHaveAttribute('src', sandbox.appUrl);
    await expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms');
    await expect(frame).toHaveAttribute('title', 'Hei kehyksestä');
    // The page names the origin it frames the app on, and the manifest's origin it stands in for.
    await expect(element.locator('dl.origins')).toContainText(appOrigin);
    await expect(element.locator('dl.origins')).toContainText('https://hello-iframe.example.fi');
    // The app read the sandbox's origins from the meta tag the app server wrote into its page.
    expect(await app.locator('meta[name="digione-shell-origin"]').getAttribute('content')).toBe(
      `${shellOrigin} ${shellOrigin.replace('//127.0.0.1:', '//localhost:')}`,
    );

    // Only what the manifest asks for crosses the frame boundary.
    await expect(panel('context')).toContainText('"givenName": "Aino"');
    await expect(panel('context')).not.toContainText('familyName');
    await expect(panel('timings')).toContainText(/mount\s+[\d.]+\s+ms/);
    await expect(app.getByText('Toimit nyt: Lumikorven koulu')).toBeVisible();
  });

  test('switching language, theme and role reaches the framed app', async ({ page }) => {
    await page.goto(sandbox.url);
    const { frame, app, panel } = parts(page);
    await expect(app.getByRole('heading', { name: 'Hei, Aino!' })).toBeVisible();

    await switchLanguage(page, 'suomi', 'svenska');
    await expect(app.getByRole('heading', { name: 'Hej, Aino!' })).toBeVisible();
    await expect(app.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(frame).toHaveAttribute('title', 'Hej från ramen');
    await expect(panel('context')).toContainText('"locale": "sv"');
    await expect(page.locator('d1-sandbox h1')).toHaveText('DigiOne-sandlåda');

    await page.getByRole('combobox', { name: 'Tema' }).selectOption('dark');
    await expect(app.locator('html')).toHaveAttribute('data-d1-theme', 'dark');

    // The guardian is the local identity provider's, acting for her first child as in the portal.
    await page.getByRole('combobox', { name: 'Roll' }).selectOption('guardian');
    await expect(app.getByRole('heading', { name: 'Hej, Sanna!' })).toBeVisible();
    await expect(app.getByText('Du agerar nu som: Aino Mäkelä')).toBeVisible();

    await switchLanguage(page, 'svenska', 'English');
    await expect(app.getByRole('heading', { name: 'Hello, Sanna!' })).toBeVisible();
  });

  test("records the app's notifications and events, and unmounts and mounts it again", async ({
    page,
  }) => {
    await page.goto(sandbox.url);
    const { frame, app, panel } = parts(page);
    await app.getByRole('button', { name: 'Tervehdi' }).click();
    await expect(panel('toasts')).toContainText('success: Terveiset kehyksestä!');
    await expect(panel('events')).toContainText('hello-iframe:greeted');

    await page.getByRole('button', { name: 'Pura sovellus' }).click();
    await expect(frame).toHaveCount(0);
    await expect(panel('context')).toContainText('Sovellus ei ole käynnissä.');

    await page.getByRole('button', { name: 'Käynnistä sovellus' }).click();
    await expect(app.getByRole('heading', { name: 'Hei, Aino!' })).toBeVisible();
    await expect(panel('timings').locator('li')).toHaveText([
      /^\s*bootstrap\s/,
      /^\s*mount\s/,
      /^\s*unmount\s/,
      /^\s*mount\s/,
    ]);
    await expect(panel('errors')).toContainText('Ei vielä mitään.');
  });

  test("sizes the frame to the app's page, as the portal does: nothing of the app is cut off", async ({
    page,
  }) => {
    await page.goto(sandbox.url);
    const { frame, app } = parts(page);
    await expect(app.getByRole('button', { name: 'Tervehdi' })).toBeVisible();
    const pageHeight = () =>
      app.locator('html').evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
    const frameHeight = async () => Math.round((await frame.boundingBox())?.height ?? 0);
    await expect.poll(frameHeight).toBe(await pageHeight());
    // The page grows (a note the person opens, say): the frame follows.
    await app.locator('body').evaluate((body) => {
      const note = document.createElement('div');
      note.style.blockSize = '1200px';
      body.append(note);
    });
    await expect.poll(pageHeight).toBeGreaterThan(1200);
    await expect.poll(frameHeight).toBe(await pageHeight());
    // The frame shows the page whole: its viewport is as tall as the page.
    expect(await app.locator('html').evaluate(() => window.innerHeight)).toBeGreaterThanOrEqual(
      await pageHeight(),
    );
  });

  test('has no WCAG 2.1 A/AA violations, the framed app included', async ({ page }) => {
    await page.goto(sandbox.url);
    await expect(parts(page).app.getByRole('heading', { name: 'Hei, Aino!' })).toBeVisible();
    await axe(page);
  });
});

test.describe('the sandbox with an iframe app on a local origin', () => {
  let sandbox: Sandbox;
  let folder: string;
  let origin: string;

  test.beforeAll(async () => {
    // The vendor's development manifest names a local origin: the app is served exactly there.
    origin = `http://127.0.0.1:${String(await freePort())}`;
    folder = mkdtempSync(join(tmpdir(), 'd1-sandbox-iframe-'));
    const manifest = JSON.parse(readFileSync(join(EXAMPLE, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const file = join(folder, 'manifest.json');
    writeFileSync(file, JSON.stringify({ ...manifest, origin, entry: `${origin}/index.html` }));
    sandbox = await startIframeSandbox(['--cwd', EXAMPLE, '--manifest', file, '--port', '0']);
  });
  test.afterAll(async () => {
    await sandbox.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test("frames the app on the manifest's own origin", async ({ page }) => {
    await page.goto(sandbox.url);
    const { frame, app, sandbox: element } = parts(page);
    await expect(app.getByRole('heading', { name: 'Hei, Aino!' })).toBeVisible();
    await expect(frame).toHaveAttribute('src', `${origin}/index.html`);
    await expect(element.locator('dl.origins')).toContainText(origin);
    await expect(element.locator('dl.origins dt')).toHaveCount(1);
    await expect(element.locator('d1-alert')).toHaveCount(0);
  });
});

test('a taken app port stops the sandbox with a coded message', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address() as AddressInfo;
  try {
    const failure = await sandboxRefusal(
      ['--cwd', EXAMPLE, '--port', '0', '--app-port', String(port)],
      READY,
    );
    expect(failure).toContain('exited with 1');
    expect(failure).toContain('[D1-SDK-174]');
    expect(failure).toContain('--app-port');
  } finally {
    await new Promise<void>((resolve) => {
      blocker.close(() => {
        resolve();
      });
    });
  }
});
