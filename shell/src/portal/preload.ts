/**
 * Files the production build lists for the page to ask for early, all at once: on a phone's slow
 * network each round trip is half a second, and a module's imports are otherwise found one level
 * at a time, as each module arrives. The build (`shell/scripts/shared-dependencies.ts`) writes the
 * lists into `<meta>` elements of index.html; the development server writes none.
 */

/**
 * The shared files the rest of the shell (the boot module) imports beyond what the first paint
 * loaded: the component library, the SDK's host side, RxJS and their chunks. Asked for as the
 * entry starts loading the boot module, so they come with it, not two round trips after it.
 */
export const BOOT_PRELOAD_META = 'digione-boot-preload';

/**
 * The shared files a module app built on the SDK imports beyond what the shell loads itself: the
 * SDK's app side. Asked for as the first module app loads.
 */
export const APP_PRELOAD_META = 'digione-app-preload';

const asked = new WeakMap<Document, Set<string>>();

/**
 * Asks, once per page and list, for every file the `<meta name=…>` lists (space-separated), with
 * `modulepreload`: fetched and compiled in parallel, run when a module imports them.
 */
export function preloadListed(doc: Document, name: string): void {
  let names = asked.get(doc);
  if (!names) {
    names = new Set();
    asked.set(doc, names);
  }
  if (names.has(name)) return;
  names.add(name);
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  for (const url of meta?.content.split(/\s+/).filter(Boolean) ?? []) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    doc.head.append(link);
  }
}
