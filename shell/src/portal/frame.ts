/**
 * The portal's first paint. Before anything else loads — the component library, the SDK, sign-in,
 * single-spa — the page shows DigiOne's frame in the person's language: the brand, the skip link,
 * "Signing in to DigiOne…" in the main area and the footer. This module and what it imports (Lit,
 * @lit/localize, the shell's frame element) are all the JavaScript that first paint waits for;
 * `main.ts` loads the rest of the shell after it (`boot.ts`).
 */
import { localization, type Locale } from '@digione/components/localization';
import { applyLocale, initialLocale, savedLocale } from '../locale/locale.js';
import { addShellTranslations } from '../localization/translations.js';
import { deviceTheme, readDeviceTheme } from '../theme/device.js';
import { D1Shell } from './shell-element.js';

/** The frame on the page, and the language it speaks. */
export interface PaintedFrame {
  readonly element: D1Shell;
  readonly locale: Locale;
  /** The person's own storage for their language choice, where the browser allows it. */
  readonly local: Storage | undefined;
}

/** Web storage, where the browser allows it (privacy modes and sandboxed frames may refuse). */
export function storage(get: () => Storage): Storage | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/**
 * Shows the portal's frame in `doc` in the person's language (saved choice, else the browser's,
 * else Finnish) and the device's theme (dark, high contrast: the person's own choice applies once
 * they are known), and resolves once it has rendered. Calling it again changes nothing.
 */
export async function paintFrame(doc: Document = document): Promise<PaintedFrame> {
  const registry = doc.defaultView?.customElements ?? customElements;
  if (!registry.get('d1-shell')) registry.define('d1-shell', D1Shell);
  addShellTranslations();
  const win = doc.defaultView ?? window;
  const local = storage(() => win.localStorage);
  const locale = initialLocale(savedLocale(local), win.navigator.languages);
  applyLocale(locale, doc, local);
  // As applyBranding does; set here, so the first paint loads no component module for it.
  doc.documentElement.dataset.d1Theme = deviceTheme(readDeviceTheme(win));
  await localization().setLocale(locale);

  const element =
    doc.querySelector('d1-shell') ?? doc.body.appendChild(doc.createElement('d1-shell'));
  element.locale = locale;
  await element.updateComplete;
  return { element, locale, local };
}
