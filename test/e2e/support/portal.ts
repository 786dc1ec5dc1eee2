import type { Locator, Page } from '@playwright/test';

/** The greeting on the portal's front page: visible only while signed in. */
export function greeting(page: Page): Locator {
  return page.locator('d1-shell main h1').filter({ hasText: /^(Hei|Hej|Hello), / });
}

/**
 * What an app in the page gets from `context.getAccessToken()`: a context for an app of that API
 * audience, made by the running portal's shell host exactly as for a mounted app. Only with the
 * development server (`startStack({ server: 'development' })`), which serves the shell's entry
 * module by its source path.
 */
export async function appToken(page: Page, audience: string): Promise<string> {
  return page.evaluate(async (aud) => {
    interface PortalModule {
      portal: Promise<
        | {
            host: {
              contextFor(
                id: string,
                request: { userFields: string[]; audience: string },
              ): { context: { getAccessToken(): Promise<string> } };
            };
          }
        | undefined
      >;
    }
    // The shell's entry module, as the page already loaded it (one module instance per URL).
    const entry = '/src/main.ts';
    const main = (await import(/* @vite-ignore */ entry)) as PortalModule;
    const portal = await main.portal;
    if (!portal) throw new Error('the portal did not start');
    return portal.host
      .contextFor('e2e-app', { userFields: [], audience: aud })
      .context.getAccessToken();
  }, audience);
}

/** The claims of a JWT, unverified (the APIs verify; tests only read). */
export { jwtClaims } from '@digione/dev-idp/testing';
