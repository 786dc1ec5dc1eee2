/**
 * The vendor's path as a test, a step of `npm test`: builds and packs @digione/components,
 * @digione/sdk and @digione/create-app and checks each package as npm would publish it; then, for
 * each kind of app (Lit, React, iframe), in a temporary folder outside this repository, creates the
 * project from the create package's tarball, installs it with the two other tarballs, and runs the
 * guide's commands (sdk/README.md) in order — sandbox, type check, tests with the conformance kit
 * and its report, build, validate (alone, with a registry and a portal release), release with
 * `integrity` and `version`. Last, every command of the guide must be one this test ran.
 *
 *   npm run test:vendor-path                      # everything
 *   npm run test:vendor-path -- --no-build        # the packages are built already (npm test)
 *   npm run test:vendor-path -- --kind react      # one kind (repeatable); --keep keeps the folder
 *   npm run test:vendor-path -- --serial          # the apps one after another, each one's own time
 *
 * It prints how long each phase and step took and the whole path's time; the counts go to
 * test-results/vendor-path.json for the closing line of `npm test`.
 */
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { firstLine, recordCounts, type Counts } from '../support/counts.js';
import {
  compareWithGuide,
  KINDS,
  vendorPath,
  type Kind,
  type Step,
  type Tarballs,
} from './guide.js';
import {
  buildPackages,
  checkPacked,
  packPackages,
  publishDryRun,
  type Packed,
} from './packages.js';
import { walkPath } from './project.js';
import { staleLists } from './guide-lists.js';

const repo = join(import.meta.dirname, '..', '..');

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    kind: { type: 'string', multiple: true },
    keep: { type: 'boolean', default: false },
    serial: { type: 'boolean', default: false },
  },
});
const kinds: Kind[] = (values.kind ?? [...KINDS]).map((kind) => {
  if (!(KINDS as readonly string[]).includes(kind)) {
    console.error(`--kind: one of ${KINDS.join(', ')}; got "${kind}".`);
    process.exit(2);
  }
  return kind as Kind;
});

const counts: Counts & { failures: string[] } = { passed: 0, failed: 0, skipped: 0, failures: [] };
const timings: [string, number][] = [];
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Counts one check and prints its line. */
function check(name: string, problems: readonly string[], ms?: number): void {
  const took = ms === undefined ? '' : ` (${seconds(ms)})`;
  if (problems.length === 0) {
    counts.passed++;
    console.log(`  ✓ ${name}${took}`);
    return;
  }
  counts.failed++;
  counts.failures.push(`${name}: ${firstLine(problems[0])}`);
  console.log(`  ✗ ${name}${took}`);
  for (const problem of problems) console.log(problem.replace(/^/gm, '      '));
}

/** Runs a phase, timing it. */
async function phase<T>(name: string, body: () => Promise<T>): Promise<T> {
  console.log(`\n▶ ${name}`);
  const t0 = Date.now();
  try {
    return await body();
  } finally {
    timings.push([name, Date.now() - t0]);
  }
}

/**
 * Removes what `npm exec` kept of this run's create package: it keeps each package it installs in
 * its own store (`_npx` in npm's cache folder), here under this run's temporary folder's path.
 */
function forgetNpxInstalls(folder: string): void {
  const store = join(process.env.npm_config_cache ?? join(homedir(), '.npm'), '_npx');
  if (!existsSync(store)) return;
  for (const entry of readdirSync(store)) {
    try {
      const pkg = JSON.parse(readFileSync(join(store, entry, 'package.json'), 'utf8')) as {
        _npx?: { packages?: string[] };
      };
      if (pkg._npx?.packages?.some((spec) => spec.startsWith(folder))) {
        rmSync(join(store, entry), { recursive: true, force: true });
      }
    } catch {
      // Not an install of ours (or not one at all).
    }
  }
}

/**
 * Where the vendor's folders are made: in memory (/dev/shm) when this machine has room there, else
 * the system's temporary folder (or TMPDIR, when set). The three projects' node_modules are some
 * 70,000 files, written by npm install and removed at the end; on the disk of a busy shared machine
 * removing them alone took 26–53 s (measured; 1–5 s in memory), and the installs wrote 250 MB
 * each. The projects and every command run in them are the same either way.
 */
function scratchFolder(): string {
  const memory = '/dev/shm';
  if (process.env.TMPDIR) return tmpdir();
  try {
    accessSync(memory, constants.W_OK);
    const { bavail, bsize } = statfsSync(memory);
    // Three projects of some 260 MB, with room to spare.
    if (bavail * bsize > 2 * 1024 ** 3) return memory;
  } catch {
    // No such folder here (not Linux): the system's.
  }
  return tmpdir();
}

const started = Date.now();
const parent = mkdtempSync(join(scratchFolder(), 'digione-vendor-path-'));
console.log(`The vendor's path in ${parent}`);
const walked: Step[] = [];
const pathTimes = new Map<Kind, number>();
try {
  if (!values['no-build']) {
    await phase('build the packages', async () => {
      const built = await buildPackages();
      check('npm run build of the three packages', built.ok ? [] : [built.output]);
    });
  }

  const packed = await phase('pack and check the packages', async () => {
    const all = await packPackages(parent);
    // The three dry runs side by side (each is mostly npm starting up); counted in order.
    const published = await Promise.all(all.map((p) => publishDryRun(parent, p)));
    all.forEach((p, i) => {
      check(
        `${p.name}@${p.version}: a complete package (${p.files.size} files)`,
        checkPacked(parent, p),
      );
      check(
        `${p.name}: npm publish --dry-run`,
        published[i] ?? ['npm publish --dry-run did not run'],
      );
    });
    return all;
  });

  const file = (name: Packed['name']): string => {
    const found = packed.find((p) => p.name === name);
    if (!found) throw new Error(`npm pack did not pack ${name}`);
    return found.filename;
  };
  const tarballs: Tarballs = {
    sdk: file('@digione/sdk'),
    components: file('@digione/components'),
    createApp: file('@digione/create-app'),
  };
  /**
   * Each app's own folder, as a vendor's: the three package files and the registry
   * `npm run validate -- --registry ../registry.json` checks the app against. Apart, the apps
   * running side by side never install into one place at once (npm exec's own store included).
   */
  const folderOf = (kind: Kind): string => {
    const folder = join(parent, kind);
    mkdirSync(folder);
    for (const tarball of [tarballs.sdk, tarballs.components, tarballs.createApp]) {
      copyFileSync(join(parent, tarball), join(folder, tarball));
    }
    copyFileSync(
      join(repo, 'docs', 'deploy', 'registry.example.json'),
      join(folder, 'registry.json'),
    );
    return folder;
  };

  /** One kind's path, counted and printed once it ends (side by side, lines would interleave). */
  const walk = async (kind: Kind): Promise<() => void> => {
    const t0 = Date.now();
    const results = await walkPath(kind, folderOf(kind), tarballs);
    const ms = Date.now() - t0;
    return () => {
      console.log(`  the ${kind} app:`);
      for (const result of results) {
        check(`${kind}: ${result.step.guide.at(-1) ?? result.step.id}`, result.problems, result.ms);
        timings.push([`  ${kind}: ${result.step.id}`, result.ms]);
      }
      walked.push(...results.map((r) => r.step));
      const notRun = vendorPath(kind, tarballs).length - results.length;
      if (notRun > 0) {
        counts.skipped += notRun;
        console.log(`  – ${String(notRun)} later steps not run after the failure`);
      } else {
        pathTimes.set(kind, ms);
      }
    };
  };
  if (values.serial) {
    for (const kind of kinds) {
      await phase(`the ${kind} app, from npm create to release`, async () => {
        (await walk(kind))();
      });
    }
  } else {
    // Side by side: each app's install waits on the network and the disk more than on the processor.
    const reports = await phase(
      `the ${kinds.join(', ')} apps side by side, from npm create to release`,
      () => Promise.all(kinds.map(walk)),
    );
    for (const report of reports) report();
  }

  await phase('the guide shows only the commands run here', async () => {
    // Only a full run can say the guide shows a command nobody ran.
    const complete = kinds.length === KINDS.length && counts.skipped === 0;
    const problems = compareWithGuide(walked).filter(
      (problem) => complete || !problem.includes('which the test does not run'),
    );
    check(
      'sdk/README.md: every ```sh command is one this test ran, and each step is shown',
      problems,
    );
    check('sdk/README.md: the lists generated from the sources are current', await staleLists());
  });
} catch (error) {
  check('the vendor path', [
    error instanceof Error ? (error.stack ?? error.message) : String(error),
  ]);
} finally {
  if (values.keep) {
    console.log(`\nKept ${parent}`);
  } else {
    const t0 = Date.now();
    rmSync(parent, { recursive: true, force: true });
    forgetNpxInstalls(parent);
    timings.push(['remove the temporary folder', Date.now() - t0]);
  }
}

console.log('\nTimes:');
for (const [name, ms] of timings) console.log(`  ${name.padEnd(48)} ${seconds(ms).padStart(8)}`);
for (const [kind, ms] of pathTimes) {
  console.log(`  the ${kind} app, npm create to released manifest: ${seconds(ms)}`);
}
console.log(
  `The vendor path took ${seconds(Date.now() - started)}: ${String(counts.passed)} passed, ` +
    `${String(counts.failed)} failed${counts.skipped ? `, ${String(counts.skipped)} not run` : ''}.`,
);
recordCounts('vendor-path', counts);
process.exitCode = counts.failed === 0 ? 0 : 1;
