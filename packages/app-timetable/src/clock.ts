/**
 * The app's clock: which week is "this week" and which day is "today". Tests and stories fix it to
 * a known moment with `setClock`; the app itself always reads the device's clock.
 */
let now: () => Date = () => new Date();

/** The current moment. */
export function currentTime(): Date {
  return now();
}

/** Fixes the clock (tests, stories); returns a function that gives the real clock back. */
export function setClock(clock: () => Date): () => void {
  now = clock;
  return () => {
    now = () => new Date();
  };
}
