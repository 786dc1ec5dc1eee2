/**
 * A signed-in session for every measurement: a person signs in once through the local identity
 * provider, as in the end-to-end tests, and what the portal keeps of the session in the tab's
 * sessionStorage is put back in each fresh browser context before the portal's scripts run.
 */
import type { Browser } from '@playwright/test';
import { openSignedIn } from '../test/e2e/support/sign-in.js';

/** The test user of the runs: a teacher (Mikko), who sees every benchmark app. */
export const USERNAME = 'teacher';

/** Signs in at `origin` and returns a script that restores the session in a new page of it. */
export async function signedInSession(browser: Browser, origin: string): Promise<string> {
  const context = await browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    await openSignedIn(page, origin, USERNAME);
    const kept = await page.evaluate(() =>
      Object.entries(sessionStorage).filter(([key]) => key.startsWith('digione.auth.')),
    );
    if (kept.length === 0) throw new Error('The portal kept no session in sessionStorage.');
    const entries = JSON.stringify(kept);
    const at = JSON.stringify(origin);
    return `if (location.origin === ${at}) for (const [k, v] of ${entries}) sessionStorage.setItem(k, v);`;
  } finally {
    await context.close();
  }
}
