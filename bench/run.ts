/**
 * DigiOne Portal's benchmark (`npm run bench`): builds the shell for production, serves it with the
 * local identity provider and a bare single-spa baseline, measures them in headless Chromium, and
 * writes bench/results/latest.json and latest.md (and, after a full run, the figures in
 * bench/README.md). See bench/README.md for what each figure means.
 *
 *   npm run bench                      a full run (a warm-up, then 5 runs)
 *   npm run bench -- --check           exits with 1 when a budget is missed
 *   npm run bench -- --quick           fewer runs and switches, for development
 *   npm run bench -- --only weight,boot
 *   npm run bench -- --only providers
 *   npm run bench -- --runs 7
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { buildAll } from './build.js';
import { launchBrowser } from './browser.js';
import { checkBudgets, type Machine, type Results } from './report/budgets.js';
import { markdown } from './report/markdown.js';
import { measureBoot } from './scenarios/boot.js';
import type { Env } from './scenarios/common.js';
import { measureLeaks } from './scenarios/leaks.js';
import { measureProviderScale } from './scenarios/providers.js';
import { measureScale } from './scenarios/scale.js';
import { measureSwitches } from './scenarios/switches.js';
import { startBenchStack } from './servers.js';
import { signedInSession } from './session.js';
import { measureWeight } from './weight.js';

const SECTIONS = ['weight', 'boot', 'switch', 'leaks', 'scale', 'providers'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = `Usage: npm run bench -- [--check] [--quick] [--runs N] [--only ${SECTIONS.join(',')}]`;

interface Options {
  readonly check: boolean;
  readonly quick: boolean;
  readonly runs: number;
  readonly warmups: number;
  readonly only: readonly Section[];
  /** App switches after which memory is sampled: early, late. */
  readonly switches: readonly [number, number];
}

function options(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      check: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick;
  const runs = values.runs === undefined ? (quick ? 2 : 5) : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number ≥ 1.\n${USAGE}`);
  const only = (values.only?.split(',').map((s) => s.trim()) ?? [...SECTIONS]) as Section[];
  const unknown = only.filter((s) => !SECTIONS.includes(s));
  if (unknown.length > 0) throw new Error(`Unknown part(s): ${unknown.join(', ')}.\n${USAGE}`);
  return {
    check: values.check,
    quick,
    runs,
    warmups: 1,
    only,
    switches: quick ? [10, 100] : [10, 500],
  };
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Runs one part of the benchmark, saying how long it took. */
async function timed<T>(part: string, run: () => Promise<T>): Promise<T> {
  const start = Date.now();
  const result = await run();
  log(`${part}: done in ${((Date.now() - start) / 1000).toFixed(0)} s`);
  return result;
}

function machine(chromium: string, loadAtStart: number): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.versions.node,
    chromium,
    load: [loadAtStart, loadavg()[0] ?? 0],
  };
}

/** `text` formatted as the repository's Prettier settings format `file`. */
async function pretty(text: string, file: string): Promise<string> {
  const config = (await resolveConfig(file)) ?? {};
  return format(text, { ...config, filepath: file });
}

/** Writes a file as Prettier would format it (so `npm run lint` passes on the results). */
async function writePretty(file: string, text: string): Promise<void> {
  writeFileSync(file, await pretty(text, file));
}

const README_START = '<!-- bench:latest:start -->';
const README_END = '<!-- bench:latest:end -->';

/** Puts the report between the README's markers (a full run's figures only). */
async function updateReadme(report: string): Promise<void> {
  const file = join(import.meta.dirname, 'README.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) {
    log('bench/README.md has no figures section (its markers are missing); left as it is.');
    return;
  }
  await writePretty(
    file,
    `${text.slice(0, start + README_START.length)}\n\n${report.trim()}\n\n${text.slice(end)}`,
  );
}

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  if (opts.check && (opts.quick || opts.runs < 5)) {
    log('note: the budgets are meant for medians of 5 runs or more; this run has fewer.');
  }
  const started = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const wants = (section: Section): boolean => opts.only.includes(section);
  const dir = mkdtempSync(join(tmpdir(), 'digione-bench-'));
  let chromium = 'not started';
  const measured: {
    -readonly [K in 'weight' | 'boot' | 'switches' | 'leaks' | 'scale' | 'providers']?: Results[K];
  } = {};
  try {
    log('building the shell (production), the apps and the baseline');
    const builds = await timed('build', () => buildAll(dir));
    if (wants('weight')) measured.weight = await timed('weight', () => measureWeight(builds));
    if (SECTIONS.some((s) => s !== 'weight' && wants(s))) {
      const stack = await startBenchStack(builds);
      const browser = await launchBrowser();
      try {
        chromium = browser.version();
        log(
          `portal ${stack.portal.origin}, baseline ${stack.baseline.origin}, Chromium ${chromium}`,
        );
        log('signing in once as a teacher');
        const env: Env = {
          browser,
          builds,
          stack,
          session: await signedInSession(browser, stack.portal.origin),
          runs: opts.runs,
          warmups: opts.warmups,
          log,
        };
        if (wants('boot')) {
          measured.boot = await timed('boot', async () => ({
            unthrottled: await measureBoot(env, 'none'),
            throttled: await measureBoot(env, 'slow'),
          }));
        }
        if (wants('switch'))
          measured.switches = await timed('switches', () => measureSwitches(env));
        if (wants('leaks')) {
          measured.leaks = await timed('leaks', () =>
            measureLeaks(env, opts.switches[0], opts.switches[1]),
          );
        }
        if (wants('scale')) measured.scale = await timed('scale', () => measureScale(env));
        if (wants('providers')) {
          measured.providers = await timed('providers', () => measureProviderScale(env));
        }
      } finally {
        await browser.close();
        await stack.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const partial = {
    version: 1 as const,
    date: new Date(started).toISOString(),
    seconds: (Date.now() - started) / 1000,
    options: {
      runs: opts.runs,
      warmups: opts.warmups,
      quick: opts.quick,
      only: opts.only,
      switches: opts.switches,
    },
    machine: machine(chromium, loadAtStart),
    ...measured,
  };
  const budgets = checkBudgets(partial);
  const results: Results = {
    ...partial,
    budgets,
    passed: budgets.every((b) => b.pass !== false),
  };
  const out = join(import.meta.dirname, 'results');
  const report = await pretty(markdown(results), join(out, 'latest.md'));
  mkdirSync(out, { recursive: true });
  await writePretty(join(out, 'latest.json'), JSON.stringify(results));
  await writePretty(join(out, 'latest.md'), `## DigiOne Portal benchmark\n\n${report}`);
  if (!opts.quick && opts.only.length === SECTIONS.length && opts.runs >= 5) {
    await updateReadme(report);
  }
  console.log(report);
  log(
    `results: bench/results/latest.json, bench/results/latest.md (${Math.round(results.seconds)} s)`,
  );
  if (opts.check && !results.passed) {
    const missed = budgets.filter((b) => b.pass === false).map((b) => b.id);
    log(`--check: budget(s) missed: ${missed.join(', ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('[bench] failed:', error);
    process.exitCode = 2;
  },
);
