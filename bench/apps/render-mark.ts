/**
 * What the benchmark's apps share: the performance mark each of them sets when a render of theirs
 * is in the DOM, and the attributes that tell the benchmark which app shows which language.
 */
import type { Locale } from '@digione/sdk';

/** The mark's name for an app: `bench:render:<app id>`, with `{ locale }` as its detail. */
export function renderMarkName(appId: string): string {
  return `bench:render:${appId}`;
}

/**
 * Marks a render of `appId` in `locale` that is now in the DOM (the browser paints it in the
 * frame that follows), and labels the app's root element with both for the benchmark to read.
 */
export function markRender(root: HTMLElement, appId: string, locale: Locale): void {
  root.dataset.benchApp = appId;
  root.dataset.locale = locale;
  root.lang = locale;
  performance.mark(renderMarkName(appId), { detail: { locale } });
}
