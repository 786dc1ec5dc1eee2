/**
 * The vendor sandbox (`digione-sandbox`, sdk/sandbox/cli.mjs) as its end-to-end specs run it: a
 * child process on free ports, ready once it prints where it serves, stopped after; alone, or
 * signing in at a local identity provider of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  sandboxClient,
  startIdentityProvider,
  type RunningIdentityProvider,
} from '@digione/dev-idp';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'sdk', 'sandbox', 'cli.mjs');

export interface RunningSandbox {
  readonly process: ChildProcess;
  /** What `ready` matched in the sandbox's output: its addresses. */
  readonly ready: RegExpExecArray;
  stop(): Promise<void>;
}

/**
 * Runs `digione-sandbox` with `args` and resolves once its output matches `ready`; rejects with
 * the output when it exits first or is not ready within 30 s.
 */
export function startSandbox(
  args: readonly string[],
  ready: RegExp,
  env: NodeJS.ProcessEnv = {},
): Promise<RunningSandbox> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`digione-sandbox did not start within 30 s:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, ready: match, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`digione-sandbox exited with ${String(code)}:\n${output}`));
    });
  });
}

/**
 * What starting the sandbox with `args` ends in when it is expected to refuse: the message it
 * exited with, or "started" (after stopping it) when it did not refuse.
 */
export function sandboxRefusal(
  args: readonly string[],
  ready: RegExp,
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  return startSandbox(args, ready, env).then(
    async (started) => {
      await started.stop();
      return 'started';
    },
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

/** Ports each Playwright worker hands out: below 32768, where Linux's range for port 0 begins. */
const PORTS_PER_WORKER = 200;
const FIRST_PORT = 20_000;
let nextPort = 0;

/** Whether `port` can be listened on at 127.0.0.1 now. */
function isFree(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => {
      resolve(false);
    });
    server.listen(port, '127.0.0.1', () => {
      server.close(() => {
        resolve(true);
      });
    });
  });
}

/**
 * A free port for a server that must be told its port before it starts (a child process, or one
 * whose address the provider must register first). A port asked of the kernel with port 0 and
 * closed again could be handed to another test's server before the child takes it; these come
 * instead from a range of this worker's own (by its parallel index), below the ports the kernel
 * hands out for port 0, and are checked free before use.
 */
export async function freePort(): Promise<number> {
  const worker = Number(process.env.TEST_PARALLEL_INDEX ?? '0');
  const first = FIRST_PORT + worker * PORTS_PER_WORKER;
  for (let tries = 0; tries < PORTS_PER_WORKER; tries++) {
    const port = first + (nextPort++ % PORTS_PER_WORKER);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in ${String(first)}–${String(first + PORTS_PER_WORKER - 1)}`);
}

/** Switches the sandbox's language through its picker, from the language shown to `to`. */
export async function switchLanguage(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`: ${from}$`) }).click();
  await page.getByRole('menuitemradio', { name: to }).click();
}

/** The sandbox's page address, followed by how a person gets in (a module app's sandbox). */
export const SANDBOX_READY = /DigiOne sandbox: (\S+)\n {2}(?:sign-in|the test people)/;

/** DIGIONE_IDP from the developer's shell must not sign a sandbox "without --idp" in. */
export const CLEAN_ENV = { DIGIONE_IDP: '', DIGIONE_IDP_CLIENT_ID: '' };

/** A running sandbox of a module app: its page's address. */
export interface SandboxPage {
  readonly url: string;
  stop(): Promise<void>;
}

/** Runs the sandbox of a module app with `args`, in an environment without DIGIONE_IDP. */
export async function startSandboxPage(args: readonly string[]): Promise<SandboxPage> {
  const sandbox = await startSandbox(args, SANDBOX_READY, CLEAN_ENV);
  return { url: sandbox.ready[1], stop: () => sandbox.stop() };
}

/** A sandbox that signs in at a local identity provider of its own. */
export interface SandboxWithProvider {
  readonly idp: RunningIdentityProvider;
  readonly sandbox: SandboxPage;
  /** Stops the sandbox, then the provider. */
  stop(): Promise<void>;
}

/**
 * Starts a local identity provider with the sandbox's client (for a free port of this worker) and
 * the API `audiences`, then the sandbox with `args` on that port, signing in there (`--idp`).
 */
export async function startSandboxWithProvider(
  args: readonly string[],
  audiences: readonly string[],
): Promise<SandboxWithProvider> {
  // The sandbox's port must be known before the provider registers its redirect URI.
  const port = await freePort();
  const idp = await startIdentityProvider({
    log: false,
    clients: [sandboxClient([`http://127.0.0.1:${String(port)}`])],
    resources: audiences.map((audience) => ({ audience })),
  });
  try {
    const sandbox = await startSandboxPage([...args, '--port', String(port), '--idp', idp.issuer]);
    return {
      idp,
      sandbox,
      async stop() {
        await sandbox.stop();
        await idp.stop();
      },
    };
  } catch (error) {
    await idp.stop();
    throw error;
  }
}
