// Dependencies served to test pages as a few pre-bundled ES modules, as Vite's dependency optimiser
// serves them to an app in development.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

/**
 * React publishes CommonJS only, and test pages load ES modules as a browser does: `react`,
 * `react-dom`, `react-dom/client` and the JSX runtimes are bundled with one shared copy of React,
 * so a React app's tests run with no step of the vendor's own.
 */
export const COMMONJS_DEPENDENCIES = Object.freeze([
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
]);

/**
 * rxjs, single-spa, oidc-client-ts (the SDK's) and lucide (the components' icons) are hundreds of
 * small modules each: one request instead of hundreds per test file keeps a test about its app.
 */
export const MANY_MODULE_DEPENDENCIES = Object.freeze([
  'rxjs',
  'single-spa',
  'oidc-client-ts',
  'lucide',
]);

/** @param {string} specifier a bare specifier, e.g. "react-dom/client" */
const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * Whether the package of `specifier` is installed where `rootDir` (or a folder above it) finds it.
 * @param {string} rootDir
 * @param {string} specifier
 */
function installed(rootDir, specifier) {
  for (let dir = rootDir; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', packageName(specifier), 'package.json'))) return true;
    if (dirname(dir) === dir) return false;
  }
}

/**
 * The names a CommonJS module exports, read in a plain Node process in `rootDir`: React's
 * development build does not load under the test runner's own console.
 * @param {string} rootDir
 * @param {string} specifier
 * @returns {string[]}
 */
function exportNames(rootDir, specifier) {
  const names = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--input-type=commonjs',
        '--eval',
        `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`,
      ],
      { cwd: rootDir },
    ).toString(),
  );
  return /** @type {string[]} */ (names).filter(
    (name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name),
  );
}

/**
 * A web-test-runner plugin serving `commonjs` and `modules` (those installed) as bundles esbuild
 * makes on first use. The bundles share chunks, so each library exists once per page; a CommonJS
 * entry re-exports its names one by one (esbuild alone gives a CommonJS module a default only).
 * @param {{ rootDir: string, commonjs?: readonly string[], modules?: readonly string[] }} options
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function prebundledDependencies({
  rootDir,
  commonjs = COMMONJS_DEPENDENCIES,
  modules = MANY_MODULE_DEPENDENCIES,
}) {
  const prefix = '/__prebundled/';
  /** Specifier → whether it is CommonJS. */
  const dependencies = new Map(
    [...commonjs.map((s) => [s, true]), ...modules.map((s) => [s, false])]
      .filter(([s]) => installed(rootDir, /** @type {string} */ (s)))
      .map(([s, cjs]) => [/** @type {string} */ (s), /** @type {boolean} */ (cjs)]),
  );
  const outdir = '/prebundled';
  /** @type {Promise<Map<string, string>> | undefined} */
  let bundles;
  const bundle = async () => {
    const result = await build({
      entryPoints: Object.fromEntries([...dependencies.keys()].map((s) => [s, `entry:${s}`])),
      absWorkingDir: rootDir,
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
            esbuild.onResolve({ filter: /^entry:/ }, (args) => ({
              path: args.path.slice('entry:'.length),
              namespace: 'entry',
            }));
            esbuild.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => {
              const from = JSON.stringify(args.path);
              const contents = dependencies.get(args.path)
                ? `export { default } from ${from};\nexport { ${exportNames(rootDir, args.path).join(', ')} } from ${from};\n`
                : `export * from ${from};\n`;
              return { contents, resolveDir: rootDir };
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
    name: 'digione-prebundled-dependencies',
    resolveImport({ source, context }) {
      if (dependencies.has(source)) return `${prefix}${source}.js`;
      // The bundle's own chunks import each other by relative path.
      if (context.path.startsWith(prefix)) return source;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      bundles ??= bundle();
      const body = (await bundles).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
