// Unit tests of every workspace, in the system Chromium (see test/support/browser.mjs).
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './test/support/browser.mjs';
import { countingReporter } from './test/support/counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

/**
 * Dependencies served to test pages as a few pre-bundled ES modules, as Vite's dependency
 * optimiser serves them to the portal in development.
 * - React publishes CommonJS only, and test pages load ES modules as a browser does: `react`,
 *   `react-dom/client` and `react/jsx-runtime` are bundled with one shared copy of React, so the
 *   conformance kit's React fixture apps run as a vendor's would.
 * - lucide (the icons), rxjs, single-spa and oidc-client-ts are hundreds of small modules each; one request instead of
 *   hundreds per test file keeps the unit tests about loading pages from being about serving files.
 * Bundled by esbuild on first use; the bundles share chunks, so each library exists once per page.
 */
function prebundled() {
  const prefix = '/__prebundled/';
  /** Specifier → whether it is CommonJS (its names are read from `require`, and it has a default). */
  const dependencies = new Map([
    ['react', true],
    ['react-dom/client', true],
    ['react/jsx-runtime', true],
    ['rxjs', false],
    ['single-spa', false],
    ['oidc-client-ts', false],
    ['lucide', false],
  ]);
  // The names a CommonJS package exports, read in a plain Node process: React's development build
  // does not load under the test runner's own console.
  const exportNames = (specifier) =>
    JSON.parse(
      execFileSync(process.execPath, [
        '--input-type=commonjs',
        '--eval',
        `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`,
      ]).toString(),
    );
  const outdir = '/prebundled';
  /** @type {Promise<Map<string, string>> | undefined} */
  let modules;
  const bundle = async () => {
    const result = await build({
      entryPoints: Object.fromEntries([...dependencies.keys()].map((s) => [s, `entry:${s}`])),
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      outdir,
      conditions: ['development', 'browser', 'module', 'import'],
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
      plugins: [
        {
          name: 'named-exports',
          setup(esbuild) {
            // Each CommonJS entry re-exports the package's names one by one: esbuild turns a
            // CommonJS module into a default export only.
            esbuild.onResolve({ filter: /^entry:/ }, (args) => ({
              path: args.path.slice('entry:'.length),
              namespace: 'entry',
            }));
            esbuild.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => {
              const from = JSON.stringify(args.path);
              if (!dependencies.get(args.path)) {
                return { contents: `export * from ${from};\n`, resolveDir: process.cwd() };
              }
              const names = exportNames(args.path).filter(
                (name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name),
              );
              return {
                contents: `export { default } from ${from};\nexport { ${names.join(', ')} } from ${from};\n`,
                resolveDir: process.cwd(),
              };
            });
          },
        },
      ],
    });
    return new Map(
      result.outputFiles.map((file) => [prefix + relative(outdir, file.path), file.text]),
    );
  };
  return {
    name: 'prebundled-dependencies',
    resolveImport({ source, context }) {
      if (dependencies.has(source)) return `${prefix}${source}.js`;
      // The bundle's own chunks import each other by relative path.
      if (context.path.startsWith(prefix)) return source;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      modules ??= bundle();
      const body = (await modules).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

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
    prebundled(),
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
