// Unit tests of every workspace, in the system Chromium (see test/support/browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './test/support/browser.mjs';
// React's CommonJS served as ES modules, and axe-core loaded before each test page's tests, as the
// SDK's web-test-runner preset does for a vendor's tests.
import {
  MANY_MODULE_DEPENDENCIES,
  conformancePlugin,
  prebundledDependencies,
} from './sdk/test-runner/index.mjs';
import { countingReporter } from './test/support/counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

/**
 * A page that never finishes loading, as a frame's page on a network that has stalled: its answer
 * starts and is never ended (until the browser gives up on it). For the iframe bridge's load budget.
 */
const NEVER_LOADS = '/__digione-test/never-loads';
function neverLoads(context, next) {
  if (context.path !== NEVER_LOADS) return next();
  context.respond = false;
  context.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  context.res.write('<!doctype html><title>…</title>');
  return new Promise((resolve) => context.req.socket.once('close', resolve));
}

export default {
  middleware: [neverLoads],
  files: ['packages/*/src/**/*.test.ts', 'sdk/src/**/*.test.ts', 'shell/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@digione/source', 'browser', 'development'] },
  plugins: [
    // Vue's ES modules read process.env.NODE_ENV, which a bundle defines (the single-spa-vue fixture).
    prebundledDependencies({
      rootDir: process.cwd(),
      modules: [...MANY_MODULE_DEPENDENCIES, 'vue'],
    }),
    // Many apps are checked here: no conformance report is written.
    conformancePlugin({ rootDir: process.cwd(), writeReports: false }),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs() },
      // Each test page behaves as the focused window (as Playwright's pages do), so focus events
      // fire and focus-dependent behaviour is tested as a person at the keyboard would meet it.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  // Every test page carries the design tokens, as every portal page does, so axe checks real colours.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="fi">
      <head><link rel="stylesheet" href="/packages/components/src/tokens/tokens.css" /></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
  // One test file at a time: keyboard input (sendKeys) only reaches the page in front.
  concurrency: 1,
  // A time limit that finds a hung test, not a measure of speed: the unit tests share the machine
  // with the builds and the accessibility sweep in `npm test`, so it leaves room for a busy moment.
  // The tests wait for states with no shorter limit of their own (test/support/unit-wait.ts, whose
  // WAIT_LIMIT_MS stays just under this one).
  testFramework: { config: { timeout: 20_000 } },
  // The whole run's limit, likewise for a hang: the unit tests take one to four minutes.
  testsFinishTimeout: 900_000,
  reporters: [defaultReporter(), countingReporter('test-results/unit.json')],
};
