import { addTranslations } from '@digione/components/localization';

/** Adds the shell's own Swedish and English strings to the portal's localization. */
export function addShellTranslations(): void {
  addTranslations((locale) =>
    locale === 'sv' ? import('./generated/sv.js') : import('./generated/en.js'),
  );
}
