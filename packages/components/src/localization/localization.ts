import { configureLocalization, type LocaleModule } from '@lit/localize';

/** The languages of DigiOne: both national languages and English. Finnish is the default. */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fi';

/** Each language named in itself, as a language picker must show it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  fi: 'suomi',
  sv: 'svenska',
  en: 'English',
};

/** Loads one package's translations for a target locale (the source strings are Finnish). */
export type TranslationLoader = (locale: Exclude<Locale, 'fi'>) => Promise<LocaleModule>;

const componentTranslations: TranslationLoader = (locale) =>
  locale === 'sv' ? import('./generated/sv.js') : import('./generated/en.js');

const loaders = new Set<TranslationLoader>([componentTranslations]);
let controls: ReturnType<typeof configureLocalization> | undefined;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Adds a package's translations (a shell, an app) to the page's one @lit/localize setup. Call it
 * before switching locale; the next `setLocale` loads them together with the components' own.
 */
export function addTranslations(loader: TranslationLoader): void {
  loaders.add(loader);
}

async function loadLocale(locale: string): Promise<LocaleModule> {
  if (locale !== 'sv' && locale !== 'en') return { templates: {} };
  const modules = await Promise.all([...loaders].map((load) => load(locale)));
  const templates: LocaleModule['templates'] = {};
  for (const module of modules) Object.assign(templates, module.templates);
  return { templates };
}

/**
 * The page's localization: @lit/localize in runtime mode, configured once for every package that
 * renders on the page. Returns `getLocale` and `setLocale`; every element that uses
 * `updateWhenLocaleChanges` re-renders when the locale is switched.
 */
export function localization(): ReturnType<typeof configureLocalization> {
  controls ??= configureLocalization({
    sourceLocale: DEFAULT_LOCALE,
    targetLocales: LOCALES.filter((l) => l !== DEFAULT_LOCALE),
    loadLocale,
  });
  return controls;
}
