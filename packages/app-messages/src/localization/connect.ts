import type { AppLocalizationOptions } from '@digione/sdk';

/**
 * The Messages app's strings follow the shell's language: Finnish built in, Swedish and English
 * loaded when first chosen. The app and its home widget each connect them while on the page.
 */
export const MESSAGES_LOCALIZATION: AppLocalizationOptions = {
  locales: ['fi', 'sv', 'en'],
  load: (locale) => (locale === 'sv' ? import('./generated/sv.js') : import('./generated/en.js')),
};
