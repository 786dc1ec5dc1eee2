/**
 * The app's translations. Its texts are written in Finnish in the code (`msg('Tervehdi', { id })`),
 * Finnish being the portal's first language; sv.ts and en.ts hold the Swedish and English ones by
 * the same ids. Each id starts with the app's id: the portal's page shares one table of strings
 * among all its apps.
 *
 * The translations are small, so they are bundled with the app (one file for the portal to load).
 * An app with many strings can keep them in XLIFF files and generate these modules with
 * @lit/localize-tools (`lit-localize extract`, then `lit-localize build`).
 */
import type { AppLocalizationOptions } from '@digione/sdk';
import * as en from './en.js';
import * as sv from './sv.js';

export const localization: AppLocalizationOptions = {
  locales: ['fi', 'sv', 'en'],
  load: (locale) => Promise.resolve(locale === 'sv' ? sv : en),
};
