/**
 * Performance marks and measures, named so DevTools' performance panel groups them and a benchmark
 * reads them with `performance.getEntriesByType('measure')`:
 *
 * - `digione:shell:boot` — from the shell's first line to its frame standing with the apps
 *   registered;
 * - `digione:app:<id>:load`, `…:bootstrap`, `…:mount` — each step of an app, every time it runs.
 *
 * The browser keeps measures until they are cleared; a day of app switches must not pile them up,
 * so each name keeps its latest {@link KEPT_PER_NAME} at most.
 */

/** How many measures of one name the page keeps (older ones are cleared together). */
export const KEPT_PER_NAME = 50;

/** The name of a step's measure. */
export function measureName(scope: string, step: string): string {
  return `digione:${scope}:${step}`;
}

/**
 * Starts timing a step: returns the function that ends it with a measure (named as
 * `measureName(scope, step)`), whether the step succeeded or not. Never throws: timing must not
 * break the portal where the Performance API is missing or restricted.
 */
export function startTiming(scope: string, step: string): () => void {
  const name = measureName(scope, step);
  const start = `${name}:start`;
  try {
    performance.mark(start);
  } catch {
    return () => undefined;
  }
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    try {
      if (performance.getEntriesByName(name, 'measure').length >= KEPT_PER_NAME) {
        performance.clearMeasures(name);
      }
      performance.measure(name, start);
      performance.clearMarks(start);
    } catch {
      // Nothing to measure against (the marks were cleared by someone else).
    }
  };
}
