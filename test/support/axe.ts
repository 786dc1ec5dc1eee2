/**
 * axe-core in a Playwright page, put in once and run as often as needed. @axe-core/playwright
 * injects axe's half-megabyte source into every frame on every check, which cost five times the
 * check itself; here a frame gets it only when it has none (a new page, a navigation, a new frame).
 */
import axeCore from 'axe-core';
import type { Page } from 'playwright-core';

/** The rules DigiOne Portal is held to: WCAG 2.1 A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's best-practice rules that Lighthouse's accessibility audit also runs, for whole pages (a
 * component alone in Storybook has no main landmark or skip link to check): a skip link must reach
 * its target, and headings, landmarks, tab order and access keys must make sense.
 */
export const WHOLE_PAGE_RULES = [
  'skip-link',
  'heading-order',
  'landmark-one-main',
  'tabindex',
  'accesskeys',
  'empty-heading',
  'image-redundant-alt',
  'table-duplicate-name',
];

export interface AxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

/**
 * Puts axe-core into every frame of the page that lacks it: axe checks a frame only through an axe
 * of its own there, and answers its parent across origins once allowed to.
 */
async function injectAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    if (await frame.evaluate('typeof window.axe === "object"')) continue;
    await frame.evaluate(
      `${axeCore.source};window.axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] });`,
    );
  }
}

/**
 * The WCAG 2.1 A/AA violations axe finds in the page as it is now, frames included: in the whole
 * document, or in the element `selector` names.
 */
export async function axeViolations(
  page: Page,
  selector?: string,
  options: { readonly wholePage?: boolean } = {},
): Promise<AxeViolation[]> {
  await injectAxe(page);
  const context = selector === undefined ? 'document' : JSON.stringify(selector);
  const extra = options.wholePage ? WHOLE_PAGE_RULES : [];
  const results = await page.evaluate<{ violations: AxeViolation[] }>(
    // Only violations are reported; the other kinds of result are not worked out in full (axe's
    // own advice: their selectors are most of a run's time on a large page).
    `window.axe.run(${context}, { runOnly: { type: 'rule', values: [...window.axe.getRules(${JSON.stringify(WCAG_TAGS)}).map((r) => r.ruleId), ...${JSON.stringify(extra)}] }, resultTypes: ['violations'] })`,
  );
  return results.violations;
}
