// A web-test-runner reporter that writes how many tests passed, failed and were skipped, so that
// `npm test` can sum every step into one closing line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** @param {string | undefined} message */
const firstLine = (message, max = 200) => {
  const line =
    (message ?? '')
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/**
 * @param {string} outFile
 * @returns {import('@web/test-runner').Reporter}
 */
export function countingReporter(outFile) {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: /** @type {string[]} */ ([]) };
      /**
       * @param {string} file
       * @param {import('@web/test-runner').TestSuiteResult} suite
       * @param {string[]} path
       */
      const walk = (file, suite, path) => {
        for (const t of suite.tests) {
          if (t.skipped) counts.skipped++;
          else if (t.passed) counts.passed++;
          else {
            counts.failed++;
            counts.failures.push(
              `${file} › ${[...path, t.name].join(' › ')}: ${firstLine(t.error?.message ?? 'failed')}`,
            );
          }
        }
        for (const child of suite.suites) walk(file, child, [...path, child.name]);
      };
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        if (session.testResults) walk(file, session.testResults, []);
        // A file that failed to load or threw outside a test counts as a failure of its own.
        if (session.errors.length > 0 || (!session.passed && !session.testResults)) {
          counts.failed++;
          counts.failures.push(
            `${file}: ${firstLine(session.errors[0]?.message ?? 'did not finish')}`,
          );
        }
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(counts));
    },
  };
}
