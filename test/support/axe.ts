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
 * The axe rules Lighthouse 12's accessibility category runs beyond the WCAG 2.1 A/AA ones above,
 * for whole pages (a component alone in Storybook has no main landmark or skip link to check):
 * axe's best-practice rules it enables (a skip link must reach its target; headings, landmarks,
 * tab order, access keys, dialog and tree names must make sense), WCAG 2.2's target size, and
 * WCAG AAA's identical links for the same purpose. Every other rule of its category is tagged
 * WCAG 2 A/AA and so already runs. The list is Lighthouse's own: the audits of its
 * `accessibility` category (core/config/default-config.js) that axe answers, with the rules its
 * gatherer turns on (core/gather/gatherers/accessibility.js).
 */
export const WHOLE_PAGE_RULES = [
  'accesskeys',
  'aria-allowed-role',
  'aria-dialog-name',
  'aria-text',
  'aria-treeitem-name',
  'empty-heading',
  'heading-order',
  'identical-links-same-purpose',
  'image-redundant-alt',
  'landmark-one-main',
  'skip-link',
  'tabindex',
  'table-duplicate-name',
  'target-size',
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

/** axe's rules that only a page's colours decide: what to check again when only the theme changed. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The WCAG 2.1 A/AA violations axe finds in the page as it is now, frames included: in the whole
 * document, or in the element `selector` names. `only` narrows the check to those rules.
 */
export async function axeViolations(
  page: Page,
  selector?: string,
  options: { readonly wholePage?: boolean; readonly only?: readonly string[] } = {},
): Promise<AxeViolation[]> {
  await injectAxe(page);
  const context = selector === undefined ? 'document' : JSON.stringify(selector);
  const extra = options.wholePage ? WHOLE_PAGE_RULES : [];
  const rules = options.only
    ? JSON.stringify(options.only)
    : `[...window.axe.getRules(${JSON.stringify(WCAG_TAGS)}).map((r) => r.ruleId), ...${JSON.stringify(extra)}]`;
  const results = await page.evaluate<{ violations: AxeViolation[] }>(
    // Only violations are reported; the other kinds of result are not worked out in full (axe's
    // own advice: their selectors are most of a run's time on a large page).
    `window.axe.run(${context}, { runOnly: { type: 'rule', values: ${rules} }, resultTypes: ['violations'] })`,
  );
  return results.violations;
}
