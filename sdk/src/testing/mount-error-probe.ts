import { Observable } from 'rxjs';
import type { ContextValue, ShellContext } from '../context/types.js';
import { valuesOf } from '../context/fields.js';
import {
  createTestShell,
  type MountOptions,
  type TestAppProps,
  type TestLifecycle,
  type TestLifecycles,
} from './mount.js';
import type { Budget } from './checks.js';
import { settle, waitFor } from './page-inspection.js';

/**
 * Your own way to make the app fail in mount, to see that the failure reaches the shell. Without
 * it, the kit makes every value of the app's context throw when read (`context.locale.value`…).
 */
export interface MountErrorProbe {
  /** The shell state (and services) under which the app fails to mount, e.g. `{ user: null }`. */
  readonly options?: MountOptions;
  /** A variant of the app that fails to mount (default the app itself). */
  readonly app?: TestLifecycles;
}

export interface MountErrorResult {
  readonly ok: boolean;
  readonly message: string;
  /** Set when the kit could not make the app fail: why. */
  readonly skipped?: string;
}

const PROBE_MESSAGE =
  'The DigiOne conformance kit made this context value fail on purpose, to check that an error in mount reaches the shell.';

/**
 * The app's context with every value throwing when read; subscribing still works, so an app that
 * handles errors the way the contract asks sees an ordinary error. `onRead` learns of each read,
 * and says whether it fails (only while the probe lasts: not in work the app left for later).
 */
function failingContext(base: ShellContext, onRead: () => boolean): ShellContext {
  function failing<T>(source: ContextValue<T>): ContextValue<T> {
    const observable = new Observable<T>((subscriber) => source.subscribe(subscriber));
    Object.defineProperty(observable, 'value', {
      get: () => {
        if (onRead()) throw new Error(PROBE_MESSAGE);
        return source.value;
      },
      enumerable: true,
    });
    return observable as ContextValue<T>;
  }
  const values = Object.fromEntries(valuesOf(base).map(([key, v]) => [key, failing(v)]));
  return Object.freeze({ ...base, ...values });
}

async function runAll(
  lifecycle: TestLifecycle | readonly TestLifecycle[],
  props: TestAppProps,
): Promise<void> {
  for (const step of typeof lifecycle === 'function' ? [lifecycle] : lifecycle) await step(props);
}

/** What happened when the app was mounted under the probe. */
interface Outcome {
  readonly rejected: boolean;
  readonly timedOut: boolean;
  readonly reported: boolean;
  /** Whether the kit's failing context was read during mount, after it, or not at all. */
  readonly thrownIn?: 'mount' | 'render';
}

/**
 * Mounts the app in a shell of its own under the probe: an error thrown in mount must be passed to
 * context.reportError and rethrown. Whether it was, and what to do when not. `bootstrapped`: the
 * app was bootstrapped in this check already (single-spa bootstraps an app once).
 */
export async function checkMountError(
  lifecycles: TestLifecycles,
  options: MountOptions,
  probe: MountErrorProbe | undefined,
  budget: Budget,
  bootstrapped: boolean,
): Promise<MountErrorResult> {
  const shell = createTestShell({ ...options, ...probe?.options });
  let phase: 'mount' | 'render' | 'over' = 'mount';
  let thrownIn: 'mount' | 'render' | undefined;
  let app = probe?.app ?? lifecycles;
  if (!probe) {
    const contexts = new WeakMap<ShellContext, ShellContext>();
    const onRead = (): boolean => {
      if (phase === 'over') return false;
      thrownIn ??= phase;
      return true;
    };
    const withFailing = (props: TestAppProps): TestAppProps => {
      let context = contexts.get(props.context);
      if (!context) {
        context = failingContext(props.context, onRead);
        contexts.set(props.context, context);
      }
      return { ...props, context };
    };
    app = {
      ...(bootstrapped || !lifecycles.bootstrap ? {} : { bootstrap: lifecycles.bootstrap }),
      mount: (props) => runAll(lifecycles.mount, withFailing(props)),
      unmount: (props) => runAll(lifecycles.unmount, withFailing(props)),
    };
  }
  const { ms, byTotal } = budget.limit('mount');
  const mounting = shell.mount(app).then(
    () => 'resolved' as const,
    () => 'rejected' as const,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ended = await Promise.race([
    mounting,
    new Promise<'timed out'>((resolve) => {
      timer = setTimeout(() => {
        resolve('timed out');
      }, ms);
    }),
  ]);
  clearTimeout(timer);
  const rejected = ended === 'rejected';
  const timedOut = ended === 'timed out';
  if (!probe && !rejected && !timedOut) {
    // A framework that renders after mount resolves: its first render, and its error report.
    phase = 'render';
    await settle();
    await waitFor(
      () => thrownIn === undefined || shell.records.errors.length > 0,
      Math.min(100, budget.left),
    );
  }
  const reported = shell.records.errors.length > 0;
  phase = 'over';
  await shell.dispose().catch(() => undefined);
  const outcome: Outcome = { rejected, timedOut, reported, ...(thrownIn ? { thrownIn } : {}) };
  if (timedOut) {
    return {
      ok: false,
      message: `Under the ${probe ? 'mountErrorProbe' : "kit's failing context"} mount did not finish: ${budget.explain('mount', byTotal)}. Let an error end mount at once (reported and rethrown) rather than wait for something that will not come.`,
    };
  }
  return probe ? ownProbeVerdict(outcome) : failingContextVerdict(outcome);
}

/**
 * A mount that rejects has reached the shell: the portal shows the error in the app's area, with a
 * retry, and logs it for the operator naming the app — whether or not the app also passed it to
 * `context.reportError` (defineMicroApp does both; an app built with single-spa's own helpers
 * rejects). A mount that resolves after an error has hidden it.
 */
const REJECTED = "the shell shows it in the app's area, with a retry, and logs it for the operator";

function ownProbeVerdict({ rejected, reported }: Outcome): MountErrorResult {
  if (rejected) {
    return {
      ok: true,
      message: `Under the mountErrorProbe mount rejected${reported ? ' (and reported the error)' : ''}: ${REJECTED}.`,
    };
  }
  return reported
    ? {
        ok: false,
        message:
          'Under the mountErrorProbe the app reported an error but mount resolved: rethrow the error from mount, so the shell knows the app is not running.',
      }
    : {
        ok: false,
        message:
          "Under the mountErrorProbe the app swallowed its mount error: mount resolved and nothing was passed to context.reportError. Let the error out of mount (defineMicroApp reports and rethrows it), so the shell can show it in the app's area — or check that mountErrorProbe really makes your app fail.",
      };
}

const FAILING =
  'The kit made every value of the context throw when read (as a broken state of the app would)';

function failingContextVerdict({ rejected, reported, thrownIn }: Outcome): MountErrorResult {
  if (rejected) {
    return { ok: true, message: `${FAILING}: mount rejected: ${REJECTED}.` };
  }
  if (thrownIn === 'mount') {
    return reported
      ? {
          ok: false,
          message: `${FAILING}: the app reported the error, but mount resolved. Rethrow the error from mount, so the shell knows the app is not running.`,
        }
      : {
          ok: false,
          message: `${FAILING}: the app read a value in mount and swallowed the error — mount resolved and nothing was passed to context.reportError. Let the error out of mount (defineMicroApp reports and rethrows it), so the shell can show it in the app's area.`,
        };
  }
  if (thrownIn === 'render') {
    return reported
      ? {
          ok: true,
          message: `${FAILING}: the error of the app's first render, after mount, was reported to the shell.`,
        }
      : {
          ok: false,
          message: `${FAILING}: the app's first render after mount failed, and nothing was passed to context.reportError. Report render errors to the shell (React: createRoot's onUncaughtError; defineReactApp does it, and fails mount on an error in the first render).`,
        };
  }
  const reason =
    'The app read no value of its context (such as context.locale.value) while it mounted or first rendered, so the kit could not make its mount fail. Pass mountErrorProbe with the state under which your app fails to mount, e.g. { options: { user: null } }.';
  return { ok: true, skipped: reason, message: `Not checked: ${reason}` };
}
