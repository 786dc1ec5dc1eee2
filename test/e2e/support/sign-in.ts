import { expect, type Page } from '@playwright/test';
import { TEST_PASSWORD, userByUsername } from '@digione/dev-idp';

/**
 * Signs in at the local identity provider's pages as a person would: the right door, then the
 * username and password form. The page must be on the provider's door page.
 */
export async function signInAtProvider(page: Page, username: string): Promise<void> {
  const user = userByUsername(username);
  if (!user) throw new Error(`No test user "${username}".`);
  await page.locator(`a.door-${user.door}`).click();
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(TEST_PASSWORD);
  await page.locator('form.login button[type="submit"]').click();
}

/**
 * Opens `path` on the portal, signs in as `username`, and waits until the portal shows them signed
 * in: greeted on the front page, their user menu on any page.
 */
export async function openSignedIn(
  page: Page,
  origin: string,
  username: string,
  path = '/',
): Promise<void> {
  await page.goto(origin + path);
  await signInAtProvider(page, username);
  const user = userByUsername(username);
  if (path === '/') {
    await expect(page.locator('d1-shell main h1')).toHaveText(`Hei, ${user?.givenName ?? ''}!`);
  } else {
    await expect(page.locator('d1-user-menu')).toBeVisible();
  }
}
