/**
 * An app as the runtime keeps it, and its lifecycles as single-spa runs them: each step timed
 * (User Timing), given the shell's props (the app's element and context), and bounded in time;
 * a failure is kept in the app's state, laid at the door of the step that was running.
 */
import type { LifeCycles } from 'single-spa';
import type { AppManifest } from '@digione/sdk';
import type { AppContextHandle } from '@digione/sdk/host';
import { INITIAL_STATE, type AppEvent, type AppPhase, type AppState } from './app-state.js';
import { TimeoutError, withTimeout, type AppLifecycles, type LoadedApp } from './loader.js';
import { startTiming } from './perf.js';

/** One mount of an app: its context and the element it renders in, ended at unmount. */
export interface Session {
  readonly handle: AppContextHandle;
  readonly root: HTMLElement;
  mounted: boolean;
}

export interface Entry {
  manifest: AppManifest;
  state: AppState;
  /** The step running now (errors single-spa reports are laid at its door). */
  phase: AppPhase | undefined;
  /** Each registration with single-spa (first, and after each retry) gets a new generation. */
  generation: number;
  /** The app's code, once it loaded: reused by retries of a lifecycle and by its widgets. */
  loaded: Promise<LoadedApp> | undefined;
  /** How many imports failed: the next import asks for a fresh URL. */
  failedImports: number;
  area: HTMLElement | undefined;
  session: Session | undefined;
  /** The error the app reported while failing, shown in the details of its error. */
  reported: unknown;
  registered: boolean;
  retrying: boolean;
}

/** A new entry: the app registered with single-spa for the first time, nothing run yet. */
export function newEntry(manifest: AppManifest): Entry {
  return {
    manifest,
    state: INITIAL_STATE,
    phase: undefined,
    generation: 0,
    loaded: undefined,
    failedImports: 0,
    area: undefined,
    session: undefined,
    reported: undefined,
    registered: false,
    retrying: false,
  };
}

/** The iframe bridge's "took too long": the page did not load, or did not connect, in time. */
const FRAME_TIMEOUTS = new Set(['D1-SDK-306', 'D1-SDK-313']);

/** Whether an error is single-spa's (or the loader's, or an iframe bridge's) "took too long". */
export function isTimeout(error: unknown): boolean {
  if (error instanceof TimeoutError) return true;
  const code: unknown = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FRAME_TIMEOUTS.has(code)) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /#31\b|did not resolve or reject/.test(message);
}

/** What an app's wrapped lifecycles need from the runtime. */
export interface LifecycleRunner {
  readonly importTimeoutMs: number;
  readonly lifecycleTimeoutMs: number;
  /** The mount's context and element, made once per mount. */
  openSession(entry: Entry): Session;
  /** Ends the mount's context and removes its element. */
  closeSession(entry: Entry): void;
  /** Moves the app's state on. */
  update(entry: Entry, event: AppEvent): void;
}

/** The app's lifecycles as single-spa runs them: timed, with the shell's props, failures kept. */
export function wrapLifecycles(
  runner: LifecycleRunner,
  entry: Entry,
  generation: number,
  real: AppLifecycles,
): LifeCycles {
  const props = (given: object, session: Session): object => ({
    ...given,
    name: entry.manifest.id,
    domElement: session.root,
    context: session.handle.context,
  });
  // An iframe app's mount waits for its page to load and connect: the import's budget on top of
  // the lifecycle's (single-spa's own limit for this app's mount, so it does not cut it short).
  const ms = runner.lifecycleTimeoutMs;
  const frameMount = runner.importTimeoutMs + ms;
  const timeouts =
    entry.manifest.isolation === 'iframe'
      ? {
          timeouts: {
            mount: {
              millis: frameMount,
              dieOnTimeout: true,
              warningMillis: Math.max(1, Math.floor(frameMount / 2)),
            },
          },
        }
      : {};
  return {
    ...timeouts,
    bootstrap: async (given) => {
      const session = runner.openSession(entry);
      await step(runner, entry, generation, 'bootstrap', () =>
        real.bootstrap?.(props(given, session)),
      );
    },
    mount: async (given) => {
      const session = runner.openSession(entry);
      await step(runner, entry, generation, 'mount', () => real.mount(props(given, session)));
      // single-spa gave up on this mount (it took too long) and cleaned up; what the app built
      // since stays in the detached element, with its context already ended.
      if (entry.session === session) session.mounted = true;
    },
    unmount: async (given) => {
      const session = entry.session;
      if (!session?.mounted) {
        // After a failed mount single-spa unmounts too: let the app undo what it got done
        // (as single-spa does by default), bounded and quietly, then clean up.
        if (session) {
          await withTimeout(
            Promise.resolve().then(() => real.unmount(props(given, session))),
            runner.lifecycleTimeoutMs,
            'cleanup after a failed mount',
          ).catch(() => undefined);
        }
        runner.closeSession(entry);
        return;
      }
      try {
        await step(runner, entry, generation, 'unmount', () => real.unmount(props(given, session)));
      } finally {
        runner.closeSession(entry);
      }
    },
    update: async (given) => {
      const session = entry.session;
      if (session?.mounted) await real.update?.(props(given, session));
    },
  };
}

async function step(
  runner: LifecycleRunner,
  entry: Entry,
  generation: number,
  phase: AppPhase,
  run: () => unknown,
): Promise<void> {
  if (generation !== entry.generation) return;
  entry.phase = phase;
  entry.reported = undefined;
  runner.update(entry, { type: 'start', phase });
  const end = startTiming(`app:${entry.manifest.id}`, phase);
  try {
    await run();
    if (generation === entry.generation) runner.update(entry, { type: 'done', phase });
  } catch (error) {
    if (generation === entry.generation) {
      runner.update(entry, { type: 'fail', phase, error, timedOut: isTimeout(error) });
    }
    throw error;
  } finally {
    end();
  }
}
