// A web-test-runner reporter that writes how many tests passed, failed and were skipped, so that
// `npm test` can sum every step into one closing line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * @param {string} outFile
 * @returns {import('@web/test-runner').Reporter}
 */
export function countingReporter(outFile) {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      /** @param {import('@web/test-runner').TestSuiteResult} suite */
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) counts.skipped++;
          else if (t.passed) counts.passed++;
          else counts.failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as a failure of its own.
        if (session.errors.length > 0 || (!session.passed && !session.testResults)) {
          counts.failed++;
        }
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(counts));
    },
  };
}
