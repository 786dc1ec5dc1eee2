/**
 * An app's own stylesheets, adopted by the document or shadow root the app renders in while it is
 * mounted: the portal's Content-Security-Policy allows no inline `<style>`, so constructed
 * stylesheets carry an app's layout. A sheet leaves when the last app using it there unmounts.
 */

/** An app's stylesheet: CSS text, or a constructed sheet. */
export type AppStyles = string | CSSStyleSheet | readonly (string | CSSStyleSheet)[];

/** How many mounted apps use each sheet in each document or shadow root. */
const users = new WeakMap<Document | ShadowRoot, Map<CSSStyleSheet, number>>();

/** The sheets of `styles`, CSS text made into a constructed sheet. */
export function toSheets(styles: AppStyles): CSSStyleSheet[] {
  const list: readonly (string | CSSStyleSheet)[] = Array.isArray(styles)
    ? (styles as readonly (string | CSSStyleSheet)[])
    : [styles as string | CSSStyleSheet];
  return list.map((style) => {
    if (typeof style !== 'string') return style;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style);
    return sheet;
  });
}

/** Adopts `sheets` where `container` renders; the returned function removes what it added. */
export function adoptSheets(container: HTMLElement, sheets: readonly CSSStyleSheet[]): () => void {
  const root = container.getRootNode();
  if (sheets.length === 0 || !(root instanceof Document || root instanceof ShadowRoot)) {
    return () => undefined;
  }
  const counts = users.get(root) ?? new Map<CSSStyleSheet, number>();
  users.set(root, counts);
  for (const sheet of sheets) counts.set(sheet, (counts.get(sheet) ?? 0) + 1);
  const missing = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (missing.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
  let removed = false;
  return () => {
    if (removed) return;
    removed = true;
    const gone = new Set<CSSStyleSheet>();
    for (const sheet of sheets) {
      const left = (counts.get(sheet) ?? 1) - 1;
      if (left > 0) counts.set(sheet, left);
      else {
        counts.delete(sheet);
        gone.add(sheet);
      }
    }
    if (gone.size > 0)
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => !gone.has(s));
  };
}
