import type { StoryContext } from '@storybook/web-components-vite';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@digione/components/localization';

/** A sample text of a story in each of the portal's languages. */
export type Samples = Readonly<Record<Locale, string>>;

/** Sample content of a story in the language chosen in Storybook's toolbar. */
export function sample(context: StoryContext, text: Samples): string {
  const locale: unknown = context.globals.locale;
  return text[isLocale(locale) ? locale : DEFAULT_LOCALE];
}
