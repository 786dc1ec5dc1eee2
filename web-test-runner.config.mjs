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
    }),
  ],
  // Every test page carries the design tokens, as every portal page does, so axe checks real colours.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="fi">
      <head><link rel="stylesheet" href="/packages/components/src/tokens/tokens.css" /></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  testsFinishTimeout: 300_000,
  reporters: [defaultReporter(), countingReporter('test-results/unit.json')],
};
