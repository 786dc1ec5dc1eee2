/**
 * One kind of app taken along the vendor's path, in a folder outside this repository: created from
 * the create package's tarball, installed from the SDK's and the components' tarballs (the rest from
 * the npm registry through this machine's npm cache, no install scripts), then exactly the guide's
 * commands, each followed by a look at what it should have left behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FOLDERS, ENTRY_URLS, vendorPath, type Kind, type Step, type Tarballs } from './guide.js';
import { run, startUntil, vendorEnv, type Ran } from './process.js';

export interface StepResult {
  readonly step: Step;
  readonly ms: number;
  /** Empty when the step passed. */
  readonly problems: readonly string[];
  /** The command's output, kept for a failure's report. */
  readonly output: string;
}

/** How long a step may take before it counts as hung (npm install on a cold cache the longest). */
const TIME_LIMITS: Partial<Record<Step['id'], number>> = {
  install: 600_000,
  test: 300_000,
  start: 120_000,
};

/** Takes `kind` along the path in `parent` (which holds the tarballs and registry.json). */
export async function walkPath(
  kind: Kind,
  parent: string,
  tarballs: Tarballs,
): Promise<StepResult[]> {
  const project = join(parent, FOLDERS[kind]);
  const results: StepResult[] = [];
  for (const step of vendorPath(kind, tarballs, parent)) {
    const result = await runStep(kind, step, step.inParent ? parent : project, project);
    results.push(result);
    // Each step needs the ones before it: after a failure the rest would only fail for its sake.
    if (result.problems.length > 0) break;
  }
  return results;
}

async function runStep(kind: Kind, step: Step, cwd: string, project: string): Promise<StepResult> {
  const timeoutMs = TIME_LIMITS[step.id] ?? 180_000;
  if (step.id === 'start') return startSandbox(step, cwd, timeoutMs);
  const env =
    step.id === 'install'
      ? // From this machine's npm cache where it can, and no package's install scripts run.
        vendorEnv({ npm_config_prefer_offline: 'true', npm_config_ignore_scripts: 'true' })
      : vendorEnv();
  const ran = await run(step.argv, { cwd, env, timeoutMs });
  const problems = ran.code === 0 ? afterStep(kind, step, project) : [failed(step, ran)];
  return { step, ms: ran.ms, problems, output: ran.output };
}

function failed(step: Step, ran: Ran): string {
  const tail = ran.output.trim().split('\n').slice(-40).join('\n');
  return `"${step.argv.join(' ')}" exited with ${String(ran.code)}:\n${tail}`;
}

/** `npm start`: the sandbox prints its address, and its page answers there. */
async function startSandbox(step: Step, cwd: string, timeoutMs: number): Promise<StepResult> {
  const t0 = Date.now();
  try {
    const started = await startUntil(step.argv, /DigiOne sandbox: (http:\/\/\S+)/, {
      cwd,
      env: vendorEnv(),
      timeoutMs,
    });
    try {
      const url = started.match[1];
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      const body = await response.text();
      const problems =
        response.ok && /<html/i.test(body)
          ? []
          : [`the sandbox at ${url} answered ${String(response.status)}: ${body.slice(0, 200)}`];
      return { step, ms: Date.now() - t0, problems, output: started.output() };
    } finally {
      await started.stop();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { step, ms: Date.now() - t0, problems: [`npm start: ${message}`], output: message };
  }
}

/** What a step should have left behind in the project. */
function afterStep(kind: Kind, step: Step, project: string): string[] {
  switch (step.id) {
    case 'create':
      return ['package.json', 'manifest.json', 'tsconfig.json', 'web-test-runner.config.mjs']
        .filter((file) => !existsSync(join(project, file)))
        .map((file) => `create: the project has no ${file}`);
    case 'test':
      return checkConformanceReport(project, FOLDERS[kind]);
    case 'release':
      return checkReleased(kind, project);
    default:
      return [];
  }
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * `npm test` runs the conformance kit and writes its report, the one a vendor attaches to a
 * DigiOne compatibility application: about this app, and with no check failed.
 */
function checkConformanceReport(project: string, id: string): string[] {
  const file = join(project, 'conformance-report.json');
  if (!existsSync(file)) return ['npm test wrote no conformance-report.json'];
  const report = readJson(file) as {
    app?: { id?: string } | string;
    appId?: string;
    ok?: boolean;
    checks?: { id?: string; ok?: boolean; message?: string }[];
  };
  const problems: string[] = [];
  const reportedId = typeof report.app === 'string' ? report.app : (report.app?.id ?? report.appId);
  if (reportedId !== id) {
    problems.push(
      `conformance-report.json names the app ${JSON.stringify(reportedId)}, not "${id}"`,
    );
  }
  if (!Array.isArray(report.checks) || report.checks.length === 0) {
    problems.push('conformance-report.json lists no checks');
  }
  for (const check of report.checks ?? []) {
    if (check.ok === false) {
      problems.push(
        `conformance-report.json: ${String(check.id)} failed: ${String(check.message)}`,
      );
    }
  }
  if (report.ok === false) problems.push('conformance-report.json says the app does not conform');
  return problems;
}

/**
 * `npm run release` wrote dist/manifest.json: the entry where it will be served, the app's version
 * from package.json, and — for a module app — the integrity of the very file built.
 */
function checkReleased(kind: Kind, project: string): string[] {
  const file = join(project, 'dist', 'manifest.json');
  if (!existsSync(file)) return ['npm run release wrote no dist/manifest.json'];
  const manifest = readJson(file) as { entry?: string; integrity?: string; version?: string };
  const pkg = readJson(join(project, 'package.json')) as { version?: string };
  const problems: string[] = [];
  if (manifest.entry !== ENTRY_URLS[kind]) {
    problems.push(`dist/manifest.json entry is ${String(manifest.entry)}, not ${ENTRY_URLS[kind]}`);
  }
  if (!manifest.version || manifest.version !== pkg.version) {
    problems.push(
      `dist/manifest.json version is ${String(manifest.version)}, not package.json's ${String(pkg.version)}`,
    );
  }
  if (kind === 'iframe') {
    if (manifest.integrity !== undefined)
      problems.push('an iframe app’s manifest has an integrity');
    return problems;
  }
  // The file served at the entry URL is the built one of the same name.
  const entry = join(project, 'dist', basename(new URL(ENTRY_URLS[kind]).pathname));
  if (!existsSync(entry)) return [...problems, `the build wrote no ${entry}`];
  const integrity = `sha384-${createHash('sha384').update(readFileSync(entry)).digest('base64')}`;
  if (manifest.integrity !== integrity) {
    problems.push(
      `dist/manifest.json integrity is ${String(manifest.integrity)}; the built entry hashes to ${integrity}`,
    );
  }
  return problems;
}
