// Finds the Chrome or Chromium that DigiOne tests drive (a vendor's, through digioneTestRunner();
// DigiOne Portal's own unit tests, end-to-end tests and Storybook sweep): CHROME_PATH first, then a
// Chrome or Chromium on the PATH. Nothing is downloaded; where no browser is found, it says so.
import { accessSync, constants } from 'node:fs';
import { basename, delimiter, join } from 'node:path';

/**
 * Chromium's headless shell first: the same engine without the browser's windows, tabs and
 * extensions, it runs the tests in about two thirds of the processor time the whole browser takes
 * (Debian: `chromium-headless-shell`; Playwright drives it for headless runs too).
 */
const HEADLESS_SHELLS = ['chromium-headless-shell', 'chrome-headless-shell'];
const BROWSERS = [
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
  'chrome',
];

/** @param {string} path */
const isHeadlessShell = (path) => HEADLESS_SHELLS.some((name) => basename(path).includes(name));

/**
 * @param {{ whole?: boolean }} [options] `whole`: the whole browser, never the headless shell (which
 *   leaves out some of it, such as the Reporting API's `--short-reporting-delay`)
 * @returns {string} the path of the browser executable
 */
export function findChromium({ whole = false } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && !(whole && isHeadlessShell(fromEnv))) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no executable browser is there.`);
  }
  const names = whole ? BROWSERS : [...HEADLESS_SHELLS, ...BROWSERS];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new Error(
    `No ${whole ? 'Chrome or Chromium browser (a headless shell will not do here)' : 'Chrome or Chromium'} found. ` +
      'DigiOne tests run in a real browser: install one (on Debian/Ubuntu: ' +
      '`sudo apt-get install chromium chromium-headless-shell`) or set CHROME_PATH to its executable.',
  );
}

/** @returns {string[]} flags for a quiet headless run on this machine (no sandbox as root) */
export function chromiumArgs() {
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    // Test pages run side by side in background tabs: keep their frames and timers running.
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
