import type { LocaleModule } from '@lit/localize';
import type { Locale } from '@digione/sdk';

/** The app's own translations (Finnish is the source language): the modules lit-localize builds. */
export function loadTranslations(locale: Locale): Promise<LocaleModule> {
  return locale === 'sv' ? import('./generated/sv.js') : import('./generated/en.js');
}

/** The languages the app has strings for. */
export const APP_LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];
