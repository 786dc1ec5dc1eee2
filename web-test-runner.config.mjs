// Unit tests of every workspace, in the system Chromium (see test/support/browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './test/support/browser.mjs';
import { countingReporter } from './test/support/counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

export default {
  files: ['packages/*/src/**/*.test.ts', 'sdk/src/**/*.test.ts', 'shell/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@digione/source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
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
  testFramework: { config: { timeout: 5000 } },
  testsFinishTimeout: 300_000,
  reporters: [defaultReporter(), countingReporter('test-results/unit.json')],
};
