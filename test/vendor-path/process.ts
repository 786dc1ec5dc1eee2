/**
 * Running a vendor's commands as a vendor's terminal would: in a folder outside this repository,
 * with none of this repository's tools on the `PATH` and none of the npm settings `npm test` was
 * started with, so a command the project cannot run on its own fails here too.
 */
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';

const repo = join(import.meta.dirname, '..', '..');

/**
 * The environment of a vendor's terminal: this process's, without the repository's
 * `node_modules/.bin` on the `PATH` (a project that lacks a tool must not borrow ours) and without
 * the `npm_*` settings of the `npm test` that started us.
 */
export function vendorEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.toLowerCase().startsWith('npm_') || key === 'INIT_CWD') continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => !dir.startsWith(repo))
    .join(delimiter);
  // No prompt, no colour codes in what we keep; npm's own notices stay quiet.
  env.CI = 'true';
  env.NO_COLOR = '1';
  env.npm_config_update_notifier = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_audit = 'false';
  // `npm exec` of a package not installed asks first; a vendor answers at the prompt.
  env.npm_config_yes = 'true';
  return { ...env, ...extra };
}

export interface Ran {
  readonly code: number | null;
  /** stdout and stderr, interleaved as they came. */
  readonly output: string;
  readonly ms: number;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Ends the command (and everything it started) after this long; a hang, not a slow moment. */
  readonly timeoutMs?: number;
  /** Prints the output as it comes, indented, besides keeping it. */
  readonly echo?: boolean;
}

/**
 * Starts a command in a process group of its own (so ending the group ends what it started too:
 * npm's children, a browser), its output piped.
 */
function spawnInGroup(argv: readonly string[], options: RunOptions) {
  const [command = '', ...args] = argv;
  return spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? vendorEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
}

/**
 * Runs one command to its end. Started in a process group of its own, so a time-out ends what it
 * started too (npm's children, a browser).
 */
export function run(argv: readonly string[], options: RunOptions): Promise<Ran> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawnInGroup(argv, options);
    const chunks: Buffer[] = [];
    const take = (chunk: Buffer): void => {
      chunks.push(chunk);
      if (options.echo) process.stdout.write(chunk.toString().replace(/^(?=.)/gm, '    '));
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child.pid);
    }, options.timeoutMs ?? 600_000);
    const finish = (code: number | null, failure?: string): void => {
      clearTimeout(timer);
      let output = Buffer.concat(chunks).toString();
      if (timedOut) output += `\n(ended after ${String(options.timeoutMs ?? 600_000)} ms)`;
      if (failure) output += `\n${failure}`;
      done({ code: timedOut ? null : code, output, ms: Date.now() - started });
    };
    child.on('error', (error) => {
      finish(null, error.message);
    });
    child.on('close', (code) => {
      finish(code);
    });
  });
}

/** Ends a process group started by `run` or `startUntil`, and everything in it. */
export function stopGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

export interface Started {
  /** The first match of `ready` in the output. */
  readonly match: RegExpExecArray;
  readonly output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts a long-running command (a server) and resolves once its output matches `ready`; rejects
 * with the output when it ends first or does not get there in time.
 */
export function startUntil(
  argv: readonly string[],
  ready: RegExp,
  options: RunOptions,
): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawnInGroup(argv, options);
    let output = '';
    let settled = false;
    const exited = new Promise<void>((ended) =>
      child.on('close', () => {
        ended();
      }),
    );
    const stop = async (): Promise<void> => {
      stopGroup(child.pid);
      await exited;
    };
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      void stop().then(() => {
        reject(new Error(`did not start in ${String(options.timeoutMs)} ms:\n${output}`));
      });
    }, options.timeoutMs ?? 60_000);
    const take = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ match, output: () => output, stop });
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`ended with ${String(code)} before it was ready:\n${output}`));
    });
  });
}
