import { addTranslations, type TranslationLoader } from '@digione/components/localization';

const shellTranslations: TranslationLoader = (locale) =>
  locale === 'sv' ? import('./generated/sv.js') : import('./generated/en.js');

/** Adds the shell's own Swedish and English strings to the portal's localization (once). */
export function addShellTranslations(): void {
  addTranslations(shellTranslations);
}
