/**
 * A clock that a unit test turns by hand, for behaviour that depends on time (a toast that closes
 * after its duration, a menu's type-ahead that forgets after a pause). With the real clock such a
 * test must get its steps done before a time limit passes, which a busy machine does not always
 * do; here time passes only when the test says so.
 *
 * The clock stands in for `setTimeout`, `clearTimeout` and `Date.now` only while `during(act)`
 * runs, and while it runs the timers that fall due: put the calls that start or stop the timers of
 * the code under test (a `show()`, a hover, a key press dispatched in the page) in `during`, and
 * everything else (Lit's updates, the test runner) keeps the real clock.
 */

/** The page's own clock, as the window and Date hold it, to be put back exactly. */
const REAL = {
  setTimeout: Object.getOwnPropertyDescriptor(window, 'setTimeout'),
  clearTimeout: Object.getOwnPropertyDescriptor(window, 'clearTimeout'),
  now: Object.getOwnPropertyDescriptor(Date, 'now'),
};

function put(target: object, name: string, descriptor: PropertyDescriptor | undefined): void {
  if (descriptor) Object.defineProperty(target, name, descriptor);
  else Reflect.deleteProperty(target, name);
}

/** Whether a fake clock's `during` is running (a timer it runs may call `during` again). */
let depth = 0;

interface Timer {
  readonly id: number;
  readonly at: number;
  readonly run: () => void;
}

export interface FakeClock {
  /** Runs `act` with `setTimeout`, `clearTimeout` and `Date.now` on this clock. */
  during<T>(act: () => T): T;
  /** Moves the clock on by `ms`, running the timers that fall due on the way, in order. */
  tick(ms: number): void;
  /** The delays asked of this clock's `setTimeout`, in order. */
  readonly delays: readonly number[];
}

export function fakeClock(): FakeClock {
  let now = Date.now();
  let nextId = 0;
  const timers: Timer[] = [];
  const delays: number[] = [];

  const setTimeoutFake = (handler: TimerHandler, delay?: number, ...args: unknown[]): number => {
    if (typeof handler !== 'function') throw new TypeError('fakeClock: a string handler');
    const fn = handler as (...given: unknown[]) => unknown;
    const ms = Math.max(0, Number(delay) || 0);
    delays.push(delay ?? 0);
    // Negative ids: a real clearTimeout given one of them clears nothing of the page's own.
    const id = --nextId;
    timers.push({ id, at: now + ms, run: () => void fn(...args) });
    return id;
  };
  const clearTimeoutFake = (id?: number): void => {
    const index = timers.findIndex((timer) => timer.id === id);
    if (index >= 0) timers.splice(index, 1);
  };
  const nowFake = (): number => now;

  function during<T>(act: () => T): T {
    const fake = (value: unknown): PropertyDescriptor => ({
      value,
      configurable: true,
      writable: true,
    });
    if (depth++ === 0) {
      put(window, 'setTimeout', fake(setTimeoutFake));
      put(window, 'clearTimeout', fake(clearTimeoutFake));
      put(Date, 'now', fake(nowFake));
    }
    try {
      return act();
    } finally {
      if (--depth === 0) {
        put(window, 'setTimeout', REAL.setTimeout);
        put(window, 'clearTimeout', REAL.clearTimeout);
        put(Date, 'now', REAL.now);
      }
    }
  }

  return {
    during,
    tick(ms: number): void {
      const end = now + ms;
      for (;;) {
        const due = timers
          .filter((timer) => timer.at <= end)
          .sort((a, b) => a.at - b.at || b.id - a.id)
          .at(0);
        if (!due) break;
        timers.splice(timers.indexOf(due), 1);
        now = due.at;
        during(due.run);
      }
      now = end;
    },
    get delays() {
      return delays;
    },
  };
}
