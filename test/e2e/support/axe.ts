import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules DigiOne Portal is held to: WCAG 2.1 A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fails unless axe finds no WCAG 2.1 A/AA violation on the page as it is now (frames included),
 * naming each violation, how many elements it hits, and `what` was checked (default the address).
 */
export async function axe(page: Page, what: string = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
    what,
  ).toEqual([]);
}
