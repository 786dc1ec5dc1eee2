/**
 * The state of one app in its area, as the person sees it: nothing yet, loading, running, or
 * failed (with the step that failed) and waiting for a retry. A pure reducer, so the error and
 * retry rules are tested on their own.
 */

/** The steps of an app's life that can fail: loading its code, then its single-spa lifecycles. */
export type AppPhase = 'load' | 'bootstrap' | 'mount' | 'unmount';

export type AppState =
  /** Registered; not running (never opened, or closed cleanly). */
  | { readonly status: 'idle'; readonly attempt: number }
  /** Loading, bootstrapping, mounting or unmounting. */
  | { readonly status: 'busy'; readonly phase: AppPhase; readonly attempt: number }
  | { readonly status: 'mounted'; readonly attempt: number }
  /** single-spa gave up on the app at `phase`: its area shows an error with a retry. */
  | {
      readonly status: 'failed';
      readonly phase: AppPhase;
      readonly error: unknown;
      /** The step timed out rather than threw. */
      readonly timedOut: boolean;
      readonly attempt: number;
    };

export type AppEvent =
  | { readonly type: 'start'; readonly phase: AppPhase }
  | { readonly type: 'done'; readonly phase: AppPhase }
  | {
      readonly type: 'fail';
      readonly phase: AppPhase;
      readonly error: unknown;
      readonly timedOut?: boolean;
    }
  /** The person asked to try again. */
  | { readonly type: 'retry' };

export const INITIAL_STATE: AppState = { status: 'idle', attempt: 0 };

/** The next state of an app after `event`. Events that do not apply leave the state as it is. */
export function nextState(state: AppState, event: AppEvent): AppState {
  const { attempt } = state;
  switch (event.type) {
    case 'start':
      // A failed app stays failed until retried: single-spa does not run a broken app again.
      if (state.status === 'failed') return state;
      return { status: 'busy', phase: event.phase, attempt };
    case 'done':
      if (state.status !== 'busy' || state.phase !== event.phase) return state;
      if (event.phase === 'mount') return { status: 'mounted', attempt };
      if (event.phase === 'unmount') return { status: 'idle', attempt };
      // Loaded or bootstrapped: the next step follows at once.
      return state;
    case 'fail':
      // The first failure is the one to explain; a later one (cleanup after it) adds nothing.
      if (state.status === 'failed') return state;
      return {
        status: 'failed',
        phase: event.phase,
        error: event.error,
        timedOut: event.timedOut ?? false,
        attempt,
      };
    case 'retry':
      if (state.status !== 'failed') return state;
      return { status: 'idle', attempt: attempt + 1 };
  }
}

/**
 * Whether the next load must bypass the browser's module map: a failed import (a 404, an error
 * while the module ran, a hang) stays failed for that URL, so a retry asks for it afresh.
 */
export function needsFreshImport(failedPhase: AppPhase | undefined): boolean {
  return failedPhase === 'load';
}
