// Finds the Chromium that DigiOne's tests and Storybook sweep drive: CHROME_PATH first, then a
// Chrome or Chromium on the PATH. The same finder as vendors' tests use, through the SDK's
// web-test-runner preset (sdk/test-runner/browser.mjs).
export { chromiumArgs, findChromium } from '../../sdk/test-runner/browser.mjs';
