import { expect, type Page } from '@playwright/test';
import { axeViolations } from '../../support/axe.js';

/**
 * Fails unless axe finds no WCAG 2.1 A/AA violation, nor a break of the best practices Lighthouse
 * checks on whole pages, on the page as it is now (frames included),
 * naming each violation, how many elements it hits, and `what` was checked (default the address).
 */
export async function axe(page: Page, what: string = page.url()): Promise<void> {
  const violations = await axeViolations(page, undefined, { wholePage: true });
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
    what,
  ).toEqual([]);
}
