// What the conformance kit checks, and how long each step may take: the list the report follows,
// a line on each check for the guide and the report, and the time limits that keep the kit's own
// message ahead of a test runner's timeout.

/** The checks of `checkConformance`, in the order its report lists them. */
export const CONFORMANCE_CHECKS = [
  'mount',
  'no-dom-left',
  'no-listeners-left',
  'no-subscriptions-left',
  'remount',
  'locale-switch',
  'accessibility',
  'mount-error-reported',
  'mount-time',
] as const;

/** One of the checks of `checkConformance`. */
export type ConformanceCheckId = (typeof CONFORMANCE_CHECKS)[number];

/** What each check of `checkConformance` asks of an app, in one line. */
export const CONFORMANCE_CHECK_DESCRIPTIONS: Readonly<Record<ConformanceCheckId, string>> =
  Object.freeze({
    mount:
      'The app mounts in a test shell, as the portal mounts it for a signed-in person, within the mount time limit.',
    'no-dom-left':
      'Unmounting removes everything the app added to the page, and ends any React root it rendered.',
    'no-listeners-left':
      'Unmounting removes every event listener the app added to window and document (judged on the second mount).',
    'no-subscriptions-left':
      'Unmounting ends every subscription the app made through its context (context values and events).',
    remount:
      'The app mounts and renders again after an unmount, as when a person comes back to it.',
    'locale-switch':
      'The app shows the expected text in Finnish, Swedish and English, each within the locale time limit after the shell switches language.',
    accessibility: 'axe-core finds no WCAG 2.1 A or AA violation in what the app rendered.',
    'mount-error-reported':
      'An error thrown while the app mounts ends mount (rejects it, so the shell shows and logs it); one thrown in its first render after mount is passed to context.reportError.',
    'mount-time': 'The first mount is timed; it fails only over maxMountMs, when that is given.',
  });

/**
 * How long, in milliseconds, each step of `checkConformance` may take. The defaults leave a slow or
 * busy machine room (a test must not depend on it being idle) and stay under the test timeout the
 * SDK's test-runner preset sets (`digioneTestRunner()`: 20 s), so a failing app is explained by the
 * kit, never by the runner's "Timeout of …ms exceeded". With another runner, give the test a
 * timeout above `total` (mocha: `this.timeout(20_000)` in a `function () {}` test), or lower the
 * limits.
 */
export interface ConformanceTimeLimits {
  /** The whole check, every step included (default 15 000). */
  readonly total: number;
  /** Each mount: the first, the second, the mount-error probe's (default 6000). */
  readonly mount: number;
  /** Each unmount (default 4000). */
  readonly unmount: number;
  /** The wait for the expected text, after mounting and after each switch of locale (default 4000). */
  readonly locale: number;
  /** axe-core's run over what the app rendered (default 10 000). */
  readonly accessibility: number;
}

/** The time limits `checkConformance` keeps unless told otherwise. */
export const DEFAULT_TIME_LIMITS: ConformanceTimeLimits = Object.freeze({
  total: 15_000,
  mount: 6000,
  unmount: 4000,
  locale: 4000,
  accessibility: 10_000,
});

/** The limits given, over the defaults; a clear error names a limit that is not a positive number. */
export function timeLimitsOf(
  given: Partial<ConformanceTimeLimits> | undefined,
  localeTimeout: number | undefined,
): ConformanceTimeLimits {
  const limits = {
    ...DEFAULT_TIME_LIMITS,
    ...(localeTimeout === undefined ? {} : { locale: localeTimeout }),
    ...given,
  };
  for (const [name, value] of Object.entries(limits)) {
    if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
      throw new TypeError(
        `checkConformance: timeLimits.${name} must be a positive number of milliseconds; got ${JSON.stringify(value)}.`,
      );
    }
  }
  return limits;
}

/** The kit's time budget for one check: each step's own limit, and what is left of the whole. */
export class Budget {
  readonly #end: number;
  constructor(readonly limits: ConformanceTimeLimits) {
    this.#end = performance.now() + limits.total;
  }
  /** Milliseconds left of the whole budget (0 when it ran out). */
  get left(): number {
    return Math.max(0, this.#end - performance.now());
  }
  /** How long a step may take: its own limit, or what is left of the whole when that is less. */
  limit(step: Exclude<keyof ConformanceTimeLimits, 'total'>): { ms: number; byTotal: boolean } {
    const own = this.limits[step];
    const left = this.left;
    return left < own ? { ms: left, byTotal: true } : { ms: own, byTotal: false };
  }
  /** What to say when a step ran out of time: which limit, and how to raise it. */
  explain(step: Exclude<keyof ConformanceTimeLimits, 'total'>, byTotal: boolean): string {
    return byTotal
      ? `the kit's whole time budget (timeLimits.total, ${this.limits.total} ms) ran out`
      : `its time limit (timeLimits.${step}, ${this.limits[step]} ms) ran out`;
  }
}

/** The outcome of a step run under a time limit. */
export type Timed<T> =
  | { readonly done: true; readonly value: T }
  | { readonly done: false; readonly error: unknown; readonly timedOut: false }
  | { readonly done: false; readonly timedOut: true };

/** Runs `step`, giving up (not cancelling it) after `ms`. */
export async function withinLimit<T>(step: () => Promise<T>, ms: number): Promise<Timed<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Timed<T>>((resolve) => {
    timer = setTimeout(() => {
      resolve({ done: false, timedOut: true });
    }, ms);
  });
  const run = (async (): Promise<Timed<T>> => {
    try {
      return { done: true, value: await step() };
    } catch (error) {
      return { done: false, error, timedOut: false };
    }
  })();
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
