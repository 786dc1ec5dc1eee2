/**
 * The SDK's web-test-runner preset (`@digione/sdk/test-runner`) on a small vendor project
 * (fixtures/test-runner-preset): a Lit test and a React test in TSX run with no configuration but
 * `digioneTestRunner()`, nothing installed; the conformance kit's reports are written and match
 * their JSON Schema; a failing check is explained by the kit within the preset's test timeout; and
 * without a browser the preset names CHROME_PATH.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';

const repo = new URL('../..', import.meta.url).pathname;
const project = join(repo, 'test/e2e/fixtures/test-runner-preset');
const runner = join(repo, 'node_modules/@web/test-runner/dist/bin.js');
const schema = JSON.parse(
  readFileSync(join(repo, 'sdk/src/testing/conformance-report.schema.json'), 'utf8'),
) as object;

/** Runs web-test-runner in the project, as `npm test` there would. */
function webTestRunner(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [runner, ...args],
      { cwd: project, env },
      (error, stdout, stderr) => {
        // Without the terminal's colours and cursor moves.
        const output = stripVTControlCharacters(stdout + stderr);
        resolve({ code: error ? Number(error.code ?? 1) : 0, output });
      },
    );
  });
}

const reportOf = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(project, file), 'utf8')) as Record<string, unknown>;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** The reports a run writes into the fixture project, removed before and after each test. */
function removeReports(): void {
  for (const file of ['', '-react', '-failing']) {
    rmSync(join(project, `conformance-report${file}.json`), { force: true });
  }
}
test.beforeEach(removeReports);
test.afterAll(removeReports);

test('runs a Lit and a React (TSX) test, and writes reports that match their schema', async () => {
  const { code, output } = await webTestRunner([]);
  expect(output).toContain('2 passed, 0 failed');
  expect(code, output).toBe(0);
  const validate = new Ajv2020({ formats: { 'date-time': true } }).compile(schema);
  const lit = reportOf('conformance-report.json');
  expect(validate(lit), JSON.stringify(validate.errors)).toBe(true);
  expect(lit.app).toEqual({ id: 'acme-timetable', version: '1.2.0', contract: '^1.0.0' });
  expect(lit.ok).toBe(true);
  const react = reportOf('conformance-report-react.json');
  expect(validate(react), JSON.stringify(validate.errors)).toBe(true);
  expect(react.app).toEqual({ id: 'acme-lunch', version: null, contract: null });
  expect(react.ok).toBe(true);
  const checks = react.checks as { id: string; skipped: string | null }[];
  expect(checks.filter((c) => c.skipped !== null)).toEqual([]);
});

test("a wrong English string fails with the kit's message, not mocha's timeout", async () => {
  const { code, output } = await webTestRunner(['--files', 'failing/wrong-english.test.ts']);
  expect(code).not.toBe(0);
  expect(output).toContain(
    '✗ locale-switch: The app does not follow the shell\'s language: after switching to "en" it did not show "Mesages" within 4000 ms',
  );
  expect(output).not.toMatch(/Timeout of \d+ms exceeded/);
  expect(reportOf('conformance-report-failing.json').ok).toBe(false);
});

test('without a browser, the preset says to set CHROME_PATH', async () => {
  const { code, output } = await webTestRunner([], {
    ...process.env,
    CHROME_PATH: '/nowhere/chrome',
  });
  expect(code).not.toBe(0);
  expect(output).toContain(
    'CHROME_PATH is set to "/nowhere/chrome", but no executable browser is there.',
  );
  expect(existsSync(join(project, 'conformance-report.json'))).toBe(false);
});
