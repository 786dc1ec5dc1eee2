/**
 * Waiting in DigiOne Portal's unit tests: for a state, never for a stretch of time. The unit tests
 * share a small machine with the builds and the other test steps of `npm test`, so anything may
 * take a while; a wait that gives up after a second fails a test that was only slow, and a sleep
 * that "gives it time" is too short on a busy moment. A wait here lasts until the state comes, and
 * only the test framework's limit on a test (`timeout` in web-test-runner.config.mjs) decides that
 * a test has hung.
 */

/**
 * How long a wait lasts at most: just under mocha's limit on a test (20 s in
 * web-test-runner.config.mjs), so a wait that never ends fails with its own message, not mocha's.
 */
export const WAIT_LIMIT_MS = 19_000;

/** How often the state is looked at again: soon enough to be quick, seldom enough to idle. */
const POLL_MS = 10;

/**
 * Resolves once `predicate` returns a truthy value: it is checked at once, then every few
 * milliseconds. Rejects with `message` (what was awaited, or what it means when it never comes;
 * a function is asked at the failure, to tell what the page showed then) when the state has not
 * come by WAIT_LIMIT_MS, or with the predicate's own error when it throws.
 *
 *   await waitFor(() => app.records.notifications.length === 1, 'the success toast');
 */
export function waitFor(predicate: () => unknown, message: string | (() => string)): Promise<void> {
  // Made here, so that its stack names the test that waited.
  const hung = new Error(`Timeout after ${WAIT_LIMIT_MS / 1000} s`);
  const deadline = performance.now() + WAIT_LIMIT_MS;
  return new Promise((resolve, reject) => {
    const check = (): void => {
      let value: unknown;
      try {
        value = predicate();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (value instanceof Promise) {
        reject(new TypeError(`waitFor: the predicate must answer at once, not with a promise.`));
      } else if (value) {
        resolve();
      } else if (performance.now() > deadline) {
        const text = `${hung.message}: ${typeof message === 'string' ? message : message()}`;
        if (hung.stack) hung.stack = hung.stack.replace(hung.message, text);
        hung.message = text;
        reject(hung);
      } else {
        setTimeout(check, POLL_MS);
      }
    };
    check();
  });
}

/**
 * Resolves in a later task, after every microtask queued by now has run: work an event started
 * that goes on in promises only (an app's answer to a confirm, a stub's response) has then reached
 * its next real wait (a timer, a network read) or its end. Not a pause: it takes no set time.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve);
  });
}
