// @digione/sdk/test-runner: the web-test-runner configuration of a DigiOne app's tests.
//
//   // web-test-runner.config.mjs
//   import { digioneTestRunner } from '@digione/sdk/test-runner';
//   export default digioneTestRunner();
//
// Plain JavaScript (typed with JSDoc) for Node: it runs from the package as published, unbuilt.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './browser.mjs';
import { conformancePlugin } from './conformance-plugin.mjs';
import { prebundledDependencies } from './prebundle.mjs';
import { TEST_TIMEOUT_MS } from './timeout.mjs';

export { chromiumArgs, findChromium } from './browser.mjs';
export { TEST_TIMEOUT_MS } from './timeout.mjs';
export { conformancePlugin, reportPath } from './conformance-plugin.mjs';
export {
  COMMONJS_DEPENDENCIES,
  MANY_MODULE_DEPENDENCIES,
  prebundledDependencies,
} from './prebundle.mjs';

/** The test files of a DigiOne app, relative to its folder. */
export const DEFAULT_FILES = Object.freeze(['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}']);

/**
 * The compiler settings esbuild takes from the project's tsconfig.json (decorators and class
 * fields, as `tsc` reads them, `extends` included), with JSX compiled for React's automatic
 * runtime; written to a file of their own, since esbuild's transform follows no `extends`.
 * @param {string} rootDir
 * @param {string | undefined} tsconfig
 * @returns {string} the path of that file
 */
function esbuildTsconfig(rootDir, tsconfig) {
  const file = resolve(rootDir, tsconfig ?? 'tsconfig.json');
  /** @type {Record<string, unknown>} */
  const compilerOptions = {};
  if (existsSync(file)) {
    try {
      const ts = /** @type {typeof import('typescript')} */ (createRequire(file)('typescript'));
      const read = ts.readConfigFile(file, (path) => ts.sys.readFile(path));
      const { options } = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(file));
      for (const key of /** @type {const} */ ([
        'experimentalDecorators',
        'useDefineForClassFields',
        'verbatimModuleSyntax',
        'jsxImportSource',
      ])) {
        if (options[key] !== undefined) compilerOptions[key] = options[key];
      }
    } catch {
      // No TypeScript in the project: esbuild's defaults, with React's JSX.
    }
  }
  compilerOptions.jsx = 'react-jsx';
  const out = join(mkdtempSync(join(tmpdir(), 'digione-test-runner-')), 'tsconfig.json');
  writeFileSync(out, JSON.stringify({ compilerOptions }));
  return out;
}

/**
 * @typedef {object} DigioneTestRunnerOptions
 * @property {string} [rootDir] the project's folder (default the current one)
 * @property {string | string[]} [files] test files (default `src/` and `test/` `**\/*.test.{ts,tsx}`)
 * @property {string} [tsconfig] the tsconfig.json whose decorator settings esbuild follows
 * @property {string[]} [exportConditions] package export conditions to add to "browser" and "development"
 * @property {readonly string[]} [commonjs] CommonJS packages to serve as ES modules (default React's)
 * @property {boolean} [writeReports] whether checkConformance's report is written (default true)
 * @property {import('@web/test-runner').TestRunnerPlugin[]} [plugins] plugins of your own, after the preset's
 */

/**
 * The web-test-runner configuration of a DigiOne app: its TypeScript and TSX tests (React's
 * automatic JSX runtime) in the Chrome or Chromium of this machine, headless — found through
 * CHROME_PATH, then the PATH; `--no-sandbox` when run as root —, React's CommonJS packages served
 * as ES modules with no step of your own, axe-core loaded for the conformance kit, and the kit's
 * report written to `conformance-report.json` in the project. Spread it to change more:
 * `{ ...digioneTestRunner(), testsFinishTimeout: 300_000 }`.
 * @param {DigioneTestRunnerOptions} [options]
 * @returns {import('@web/test-runner').TestRunnerConfig}
 */
export function digioneTestRunner(options = {}) {
  const rootDir = resolve(options.rootDir ?? process.cwd());
  const executablePath = findChromium();
  return {
    rootDir,
    files: options.files ?? [...DEFAULT_FILES],
    nodeResolve: {
      exportConditions: [...(options.exportConditions ?? []), 'browser', 'development'],
    },
    plugins: [
      prebundledDependencies({
        rootDir,
        ...(options.commonjs ? { commonjs: options.commonjs } : {}),
      }),
      esbuildPlugin({
        ts: true,
        tsx: true,
        jsx: true,
        target: 'es2022',
        tsconfig: esbuildTsconfig(rootDir, options.tsconfig),
      }),
      conformancePlugin({ rootDir, writeReports: options.writeReports ?? true }),
      ...(options.plugins ?? []),
    ],
    browsers: [
      chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs() } }),
    ],
    // Above the conformance kit's whole time budget (15 s by default), so a failing app is
    // explained by the kit's message, never by the runner's timeout.
    testFramework: { config: { timeout: TEST_TIMEOUT_MS } },
  };
}
