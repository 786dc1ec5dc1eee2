import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '@digione/components/localization';

/** Where the shell remembers the language a person chose (a preference, not personal data). */
export const LOCALE_STORAGE_KEY = 'digione.locale';

/**
 * The language the portal opens in: the person's saved choice, else the first of the browser's
 * languages that DigiOne speaks (`sv-FI` counts as Swedish), else Finnish.
 */
export function initialLocale(saved: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(saved)) return saved;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = LOCALES.find((l) => l === primary);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/** Reads the saved choice; storage may be unavailable (privacy mode, sandboxed frame). */
export function savedLocale(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    return storage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the choice and marks the document's language, so assistive technology reads it right. */
export function applyLocale(
  locale: Locale,
  doc: Document,
  storage: Pick<Storage, 'setItem'> | undefined,
): void {
  doc.documentElement.lang = locale;
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered where storage is refused; the language still applies to this page.
  }
}
