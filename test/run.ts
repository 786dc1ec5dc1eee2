/**
 * `npm test`: every check of DigiOne Portal, in order, ending with one line that sums them:
 * lint, typecheck, translations, the custom elements manifest, unit tests in Chromium, end-to-end
 * tests (the local identity provider, the shell and APIs, driven by Playwright), the component
 * library build and its weight budget, the vendor's path from the packed packages
 * (test/vendor-path), the Storybook build, and the accessibility sweep of every story in fi, sv and
 * en. Every step runs even when an earlier one failed, so one run shows everything; independent
 * steps run side by side.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { resultsDir, type Counts } from './support/counts.js';

interface Step {
  name: string;
  command: string[];
  /** The step writes its own counts to test-results/<counts>.json; otherwise it counts as one check. */
  counts?: string;
}

// `npm run lint` is both; apart, they run beside each other.
const lint: Step = { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings', '0'] };
const formatting: Step = { name: 'formatting', command: ['npx', 'prettier', '--check', '.'] };
const checks: Step[] = [
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'translations', command: ['npx', 'tsx', 'test/i18n.ts', 'check'], counts: 'i18n' },
  { name: 'custom elements manifest', command: ['npx', 'tsx', 'test/manifest-check.ts'] },
  {
    name: 'app manifest schema and validator',
    command: [
      'npx',
      'tsx',
      '--conditions=@digione/source',
      'sdk/scripts/build-validator.ts',
      '--check',
    ],
  },
  formatting,
];

/**
 * The steps in phases, one after another; the lanes of a phase run side by side (the steps of a
 * lane in order): the static checks together; then the unit tests, the builds followed by the
 * vendor's path (which packs what they built; in memory, /dev/shm, the whole path took 77 s
 * against 116 s on disk, measured back to back, and 132 s within a busy `npm test`), and the
 * Storybook build with its accessibility sweep. The end-to-end tests come last, in three Playwright workers of their own (a test that waits on a
 * token's lifetime leaves room for two more): run beside the other steps they took longer in all,
 * each step slowing the others down (measured: 15.1 min against 11.3).
 */
const phases: Step[][][] = [
  [[lint], checks],
  [
    [{ name: 'unit tests', command: ['npx', 'web-test-runner'], counts: 'unit' }],
    [
      {
        name: 'builds, component weight and SDK API report',
        command: ['npm', 'run', '--silent', 'build'],
        counts: 'weight',
      },
      // Packs the packages the step before built, so it comes after it in the same lane.
      {
        name: 'vendor path: pack, npm create, install, test, build, release',
        command: ['npx', 'tsx', 'test/vendor-path/run.ts', '--no-build'],
        counts: 'vendor-path',
      },
    ],
    [
      { name: 'storybook build', command: ['npm', 'run', '--silent', 'build-storybook'] },
      {
        name: 'accessibility sweep',
        command: ['npx', 'tsx', 'test/a11y-sweep.ts'],
        counts: 'a11y',
      },
    ],
  ],
  [
    [
      {
        name: 'end-to-end and server tests',
        command: ['npx', 'playwright', 'test', '-c', 'test/e2e/playwright.config.ts'],
        counts: 'e2e',
      },
    ],
  ],
];

const root = join(import.meta.dirname, '..');
rmSync(resultsDir, { recursive: true, force: true });

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
/** What failed, by step, repeated under the closing line: a CI log's tail names it. */
const failures: string[] = [];
const started = Date.now();

/**
 * Runs one step. Alone in its phase, its output streams as it comes; beside other lanes, it is
 * kept and printed whole when the step ends, so the log reads step by step.
 */
function runStep(step: Step, live: boolean): Promise<void> {
  return new Promise((done) => {
    const t0 = Date.now();
    const header = `\n▶ ${step.name}: ${step.command.join(' ')}`;
    // Beside another lane, its output comes whole at its end; that it started is said now.
    console.log(live ? header : `… ${step.name} started`);
    const output: Buffer[] = [];
    const child = spawn(step.command[0] ?? '', step.command.slice(1), {
      cwd: root,
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      if (!live) {
        console.log(header);
        process.stdout.write(Buffer.concat(output));
      }
      const ok = code === 0;
      let counts: Counts = ok
        ? { passed: 1, failed: 0, skipped: 0 }
        : { passed: 0, failed: 1, skipped: 0 };
      const file = step.counts && join(resultsDir, `${step.counts}.json`);
      if (file && existsSync(file)) {
        counts = JSON.parse(readFileSync(file, 'utf8')) as Counts;
        // A step that failed without counting a failure (it crashed) still fails.
        if (!ok && counts.failed === 0) counts.failed = 1;
      }
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
      if (counts.failed > 0) {
        const named = counts.failures ?? [];
        failures.push(
          ...named.map((f) => `${step.name}: ${f}`),
          ...(named.length === 0
            ? [`${step.name}: exited with ${String(code)}; see its output above`]
            : []),
        );
      }
      const seconds = ((Date.now() - t0) / 1000).toFixed(0);
      results.set(
        step,
        `${ok ? '✓' : '✗'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed` +
          (counts.skipped ? `, ${counts.skipped} skipped` : '') +
          ` (${seconds} s)`,
      );
      done();
    });
  });
}

const results = new Map<Step, string>();
for (const phase of phases) {
  const live = phase.length === 1;
  await Promise.all(
    phase.map(async (lane) => {
      for (const step of lane) await runStep(step, live);
    }),
  );
}
const summary = phases.flat(2).map((step) => results.get(step) ?? `✗ ${step.name}: did not run`);

console.log(`\nDigiOne Portal tests, ${((Date.now() - started) / 60000).toFixed(1)} min:`);
for (const line of summary) console.log(`  ${line}`);
console.log(
  `${total.passed} passed, ${total.failed} failed` +
    (total.skipped ? `, ${total.skipped} skipped` : ''),
);
if (failures.length > 0) {
  const shown = failures.slice(0, 30);
  console.log('\nFailed:');
  for (const f of shown) console.log(`  ✗ ${f}`);
  if (failures.length > shown.length) console.log(`  … and ${failures.length - shown.length} more`);
}
process.exitCode = total.failed === 0 ? 0 : 1;
