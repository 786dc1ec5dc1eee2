import type { AxeResults, RunOptions } from 'axe-core';
import { errorText, plural } from './page-inspection.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

let axeLoading: Promise<Axe> | undefined;

/** axe-core, loaded once (its browser build registers `window.axe`; bundlers give a default). */
function loadAxe(): Promise<Axe> {
  // The page may have it already: the digioneTestRunner() preset loads it before the tests start.
  const preloaded = (window as { axe?: Axe }).axe;
  if (!axeLoading && typeof preloaded?.run === 'function') axeLoading = Promise.resolve(preloaded);
  axeLoading ??= import('axe-core').then((module: unknown) => {
    const fromWindow = (window as { axe?: Axe }).axe;
    const fromModule = (module as { default?: Axe }).default;
    const axe = fromWindow ?? fromModule;
    if (!axe || typeof axe.run !== 'function') {
      throw new Error('[D1-SDK-190] checkConformance: axe-core could not be loaded.');
    }
    return axe;
  });
  return axeLoading;
}

/** Starts loading axe-core, so that the accessibility check does not wait for it. */
export function preloadAxe(): void {
  loadAxe().catch(() => undefined);
}

/**
 * Runs axe's WCAG 2.1 A/AA rules on what the app rendered in `container` (less the rules
 * `disabled`): whether it passed, and what was found.
 */
export async function checkAccessibility(
  container: Element,
  disabled: readonly string[] = [],
): Promise<{ ok: boolean; message: string }> {
  try {
    const axe = await loadAxe();
    const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
    const results = await axe.run(container, {
      runOnly: { type: 'tag', values: WCAG_TAGS },
      rules,
    });
    if (results.violations.length === 0) {
      return { ok: true, message: 'axe found no WCAG 2.1 A/AA violations.' };
    }
    const list = results.violations.map((v) => {
      const where = v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' > '))
        .join(', ');
      return `${v.id} (${v.help}) at ${where} — ${v.helpUrl}`;
    });
    return {
      ok: false,
      message: `axe found ${plural(results.violations.length, 'WCAG 2.1 A/AA violation', 'WCAG 2.1 A/AA violations')}: ${list.join('; ')}. The portal must meet WCAG 2.1 AA; fix these before going live.`,
    };
  } catch (error) {
    return { ok: false, message: `axe could not check the app: ${errorText(error)}.` };
  }
}
