/**
 * Records how many end-to-end tests passed, failed and were skipped, for the closing line of
 * `npm test` (test/run.ts).
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { firstLine, recordCounts, type Counts } from '../../support/counts.js';

export default class CountingReporter implements Reporter {
  readonly #outcomes = new Map<TestCase, TestResult>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.#outcomes.set(test, result);
  }

  onEnd(result: FullResult): void {
    const counts: Counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
    for (const [test, result] of this.#outcomes) {
      if (result.status === 'skipped') counts.skipped++;
      else if (test.outcome() === 'expected' || test.outcome() === 'flaky') counts.passed++;
      else {
        counts.failed++;
        const where = `${test.location.file.split('/').slice(-3).join('/')}:${test.location.line}`;
        counts.failures?.push(
          `${where} › ${test.title}: ${firstLine(result.error?.message ?? result.status)}`,
        );
      }
    }
    // A run that ended early (a crashed server, a timeout of the whole run) still fails.
    if (result.status !== 'passed' && counts.failed === 0) counts.failed = 1;
    recordCounts('e2e', counts);
  }
}
