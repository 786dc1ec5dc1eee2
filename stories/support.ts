import type { StoryContext } from '@storybook/web-components-vite';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@digione/components/localization';

/** Sample content of a story in the language chosen in Storybook's toolbar. */
export function sample(context: StoryContext, text: Readonly<Record<Locale, string>>): string {
  const locale: unknown = context.globals.locale;
  return text[isLocale(locale) ? locale : DEFAULT_LOCALE];
}
