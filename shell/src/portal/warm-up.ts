/**
 * Work the boot would otherwise do on its way to the frame, done while the page waits for the boot
 * module instead. The first `Intl.Collator` of a page loads the browser's collation data (about
 * 20 ms in desktop Chromium, several times that on a pupil's phone), and the navigation sorts the
 * person's apps with one (`layout/app-views.ts`); every collator after the first is made at once.
 */

/** What the warm-up uses of the page. */
export type WarmUpWindow = Pick<Window, 'document'> & {
  readonly requestIdleCallback?: Window['requestIdleCallback'];
  readonly Intl: Pick<typeof Intl, 'Collator'>;
};

/**
 * Makes the page's first collator, in the page's language, when the page is next idle: never
 * before the first paint's work, and not at all in a browser without idle callbacks (the boot
 * then makes it as before).
 */
export function warmUpCollation(win: WarmUpWindow): void {
  if (typeof win.requestIdleCallback !== 'function') return;
  win.requestIdleCallback(() => {
    const lang = win.document.documentElement.lang;
    new win.Intl.Collator(lang || undefined);
  });
}
