// The conformance kit's side in the test runner: axe-core loaded into each test page before its
// tests start (so the kit's time limits measure the app, not the loading of axe), and the report
// that checkConformance sends written to a file of the project.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** The server command checkConformance sends its report with (sdk/src/testing/report.ts). */
export const REPORT_COMMAND = 'digione-conformance-report';
const AXE_PATH = '/__digione-test-runner/axe.min.js';

/**
 * Where the report goes: a `.json` file inside the project's folder, or why not.
 * @param {string} rootDir
 * @param {unknown} file
 * @returns {string | { refused: string }}
 */
export function reportPath(rootDir, file) {
  if (typeof file !== 'string' || !file.endsWith('.json')) {
    return { refused: `reportFile must name a .json file; got ${JSON.stringify(file)}` };
  }
  const path = resolve(rootDir, file);
  const inside = relative(rootDir, path);
  if (isAbsolute(file) || inside.startsWith('..') || isAbsolute(inside)) {
    return { refused: `reportFile must be inside the project's folder ${rootDir}; got ${file}` };
  }
  return path;
}

/**
 * @param {{ rootDir: string, writeReports?: boolean }} options `writeReports: false` loads axe only
 *   (DigiOne Portal's own unit tests check many apps, and keep no report)
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function conformancePlugin({ rootDir, writeReports = true }) {
  /** @type {string | undefined} */
  let axeFile;
  try {
    axeFile = createRequire(join(rootDir, 'package.json')).resolve('axe-core/axe.min.js');
  } catch {
    // No axe-core: the kit reports that the accessibility check could not load it.
  }
  return {
    name: 'digione-conformance',
    async serve(context) {
      if (context.path !== AXE_PATH || !axeFile) return undefined;
      return { body: await readFile(axeFile, 'utf8'), type: 'js' };
    },
    transform(context) {
      // The test page itself, before its test framework: a classic script, so it runs first.
      if (!axeFile || context.path !== '/' || !context.response.is('html')) return undefined;
      const body = /** @type {string} */ (context.body);
      const tag = `<script src="${AXE_PATH}"></script>`;
      return {
        body: body.includes('<head>') ? body.replace('<head>', `<head>${tag}`) : tag + body,
      };
    },
    async executeCommand({ command, payload }) {
      if (command !== REPORT_COMMAND || !writeReports) return undefined;
      const { file, report } = /** @type {{ file?: unknown, report?: unknown }} */ (payload ?? {});
      const path = reportPath(rootDir, file);
      if (typeof path !== 'string') return path.refused;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
      return true;
    },
  };
}
