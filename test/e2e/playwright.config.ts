/**
 * End-to-end and server-side tests of DigiOne Portal (Playwright test runner, the system Chromium).
 * Every server a spec needs (the identity provider, the portal, app APIs) is started by the spec's
 * own fixtures on 127.0.0.1 and stopped after it.
 */
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from '../support/browser.mjs';

export default defineConfig({
  testDir: '../..',
  testMatch: ['test/e2e/**/*.spec.ts', 'packages/*/test/**/*.spec.ts'],
  testIgnore: ['**/node_modules/**'],
  // DIGIONE_E2E_OUT: another folder for a run beside another (each run empties its own).
  outputDir: process.env.DIGIONE_E2E_OUT ?? '../../test-results/e2e',
  // The shell's production build, which the tests' portal serves (support/stack.ts).
  globalSetup: './support/shell-build.ts',
  forbidOnly: true,
  // Three workers on two cores: the tests that wait for a token or session to run out leave the
  // processor to the others (measured on the whole suite: 391 s against 419 s with two).
  workers: 3,
  // Limits that find a hang, not a slow moment: the machine may be busy with more than this suite.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['./support/counting-reporter.ts']],
  use: {
    browserName: 'chromium',
    // A Finnish browser: the portal and the provider open in Finnish, as for most of DigiOne's users.
    locale: 'fi-FI',
    // The production build is served by nginx over https, with the test's self-signed certificate.
    ignoreHTTPSErrors: true,
    // With reduced motion, which the portal honours (as WCAG 2.3.3 asks): its spinners and
    // shimmer stand still, and a page that waits does not draw sixty frames a second, which on
    // this suite's two cores cost about a third of the browser's time.
    reducedMotion: 'reduce',
    headless: true,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs() },
    // A failed test keeps a screenshot of its page. A trace of every test (kept when it fails)
    // costs about two fifths of these tests' processor time, in the browser's screencast above
    // all: it is recorded when asked for, with DIGIONE_E2E_TRACE=1.
    screenshot: 'only-on-failure',
    trace: process.env.DIGIONE_E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
  },
});
