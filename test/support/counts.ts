import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** What failed, a line each (the test's name and the first line of its error), for the closing summary. */
  failures?: string[];
}

/** The first line of an error message, shortened to fit one line of a CI log. */
export function firstLine(message: string | undefined, max = 200): string {
  const line = (message ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line.trim();
}

export const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');

/** Records a step's counts for the closing line of `npm test` (test/run.ts). */
export function recordCounts(step: string, counts: Counts): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${step}.json`), JSON.stringify(counts));
}
