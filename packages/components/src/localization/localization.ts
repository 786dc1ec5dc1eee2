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
/**
 * Each language's templates once merged, so switching back to a language shown before does not
 * wait for its modules again; a package added later empties it.
 */
const merged = new Map<string, Promise<LocaleModule>>();

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Adds a package's translations (a shell, an app) to the page's one @lit/localize setup. Call it
 * before switching locale; the next `setLocale` loads them together with the components' own.
 */
export function addTranslations(loader: TranslationLoader): void {
  if (loaders.has(loader)) return;
  loaders.add(loader);
  merged.clear();
}

async function mergeLocale(locale: 'sv' | 'en'): Promise<LocaleModule> {
  const modules = await Promise.all([...loaders].map((load) => load(locale)));
  const templates: LocaleModule['templates'] = {};
  for (const module of modules) Object.assign(templates, module.templates);
  return { templates };
}

function loadLocale(locale: string): Promise<LocaleModule> {
  if (locale !== 'sv' && locale !== 'en') return Promise.resolve({ templates: {} });
  let loading = merged.get(locale);
  if (!loading) {
    loading = mergeLocale(locale);
    merged.set(locale, loading);
    // A failed load is not kept: the next switch to the language tries again.
    const kept = loading;
    kept.catch(() => {
      if (merged.get(locale) === kept) merged.delete(locale);
    });
  }
  return loading;
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
