import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');

/** Records a step's counts for the closing line of `npm test` (test/run.ts). */
export function recordCounts(step: string, counts: Counts): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${step}.json`), JSON.stringify(counts));
}
