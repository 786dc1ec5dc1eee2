/**
 * The fixture portal of the shell-apps specs: the fixture apps it registers (and an invalid entry),
 * the parts of the frame the specs look at, and a portal with the SDK's hello-iframe example on an
 * origin of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppManifest } from '@digione/sdk';
import {
  startIframeAppServer,
  type RunningIframeApp,
} from '../../../shell/scripts/iframe-app-server.js';
import { FIXTURES, fixtureManifest, type FixtureId } from '../fixtures/apps/manifests.js';
import { startStack, workerCache, type Stack } from './stack.js';

export const IDS: FixtureId[] = ['good', 'staff-room', 'throws-in-mount'];

/** An invalid entry: the diagnostics page lists it, the portal runs the rest. */
const INVALID = { ...fixtureManifest('missing'), id: 'broken-entry', roles: ['wizard'] };

/** The fixture apps for their roles, and the invalid entry. */
export function registry(): unknown[] {
  return [
    fixtureManifest('good'),
    fixtureManifest('staff-room', { roles: ['teacher', 'principal'] }),
    fixtureManifest('throws-in-mount', { roles: ['learner'] }),
    INVALID,
  ];
}

/** The area of the frame an app is mounted in. */
export function area(page: Page, id: FixtureId): Locator {
  return page.locator(`d1-shell > section.d1-app-area[data-d1-app="${id}"]`);
}

export function nav(page: Page): Locator {
  return page.locator('d1-shell-nav');
}

/** The URLs the page asked for, from now on. */
export function requests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Opens the good fixture app from the navigation and waits for its greeting. */
export async function openGood(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: FIXTURES.good.fi }).click();
  await expect(area(page, 'good').getByTestId('fixture-greeting')).toBeVisible();
}

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'sdk', 'sandbox');

/** The SDK's hello-iframe example, as its manifest describes it. */
export const HELLO_IFRAME = JSON.parse(
  readFileSync(join(EXAMPLES, 'example-iframe', 'manifest.json'), 'utf8'),
) as AppManifest;

/**
 * A portal with the hello-iframe example on an origin of its own (its Vite server, warmed up
 * before it is handed over), and `more` apps registered after it.
 */
export async function withHelloIframe(
  options: Parameters<typeof startStack>[0] = {},
  more: unknown[] = [],
): Promise<{ stack: Stack; stop: () => Promise<void> }> {
  // Registered once it runs: its origin is known only then, and it needs the portal's.
  const served: { app?: RunningIframeApp } = {};
  const stack = await startStack({
    ...options,
    registry: () => {
      const origin = served.app?.origin;
      return origin ? [{ ...HELLO_IFRAME, entry: `${origin}/index.html`, origin }, ...more] : [];
    },
  });
  const frameApp = await startIframeAppServer({
    folder: join(EXAMPLES, 'example-iframe'),
    shellOrigin: stack.portal.origin,
    cacheDir: workerCache('e2e-hello-iframe'),
  });
  served.app = frameApp;
  await stack.deploy();
  return {
    stack,
    stop: async () => {
      await frameApp.stop();
      await stack.stop();
    },
  };
}
