// A module app for the loader's integrity tests: the hash is taken of this module's code, and
// every evaluation is counted, so a test sees whether code that failed its check ever ran.
const counter = globalThis as { d1SignedAppRuns?: number };
counter.d1SignedAppRuns = (counter.d1SignedAppRuns ?? 0) + 1;

export default {
  mount: (): Promise<void> => Promise.resolve(),
  unmount: (): Promise<void> => Promise.resolve(),
};
