// The test timeout of the DigiOne test-runner preset, in a module of its own so that a test page
// can read it too (the preset's index is for Node).

/** Each test's time limit (mocha's `timeout`), in milliseconds: above the conformance kit's budget. */
export const TEST_TIMEOUT_MS = 20_000;
