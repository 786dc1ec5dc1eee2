import { connectAppLocalization, type AppLocalization, type ShellContext } from '@digione/sdk';

/**
 * The Messages app's strings follow the shell's language: Finnish built in, Swedish and English
 * loaded when first chosen. The app and its home widget each connect while they are on the page.
 */
export function connectMessagesLocalization(context: ShellContext): AppLocalization {
  return connectAppLocalization(context, {
    locales: ['fi', 'sv', 'en'],
    load: (locale) => (locale === 'sv' ? import('./generated/sv.js') : import('./generated/en.js')),
  });
}
