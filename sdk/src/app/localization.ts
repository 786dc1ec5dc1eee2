import { BehaviorSubject, type Subscription } from 'rxjs';
import type { LocaleModule } from '@lit/localize';
import {
  DEFAULT_LOCALE,
  LOCALES,
  addTranslations,
  isLocale,
  localization,
} from '@digione/components/localization';
import type { ContextValue, Locale, ShellContext } from '../context/types.js';
import { DigiOneSdkError, describe, warn } from './errors.js';

/** The order an app's strings fall back in when it lacks the chosen locale. */
export const FALLBACK_LOCALES: readonly Locale[] = ['fi', 'en'];

/** An app shows another locale than the one chosen, because it lacks the chosen one. */
export interface LocaleFallback {
  readonly appId: string;
  /** The locale the person chose. */
  readonly requested: Locale;
  /** The locale the app's strings are shown in. */
  readonly used: Locale;
}

export interface AppLocalizationOptions {
  /** The locales the app has strings for, its source locale included (e.g. ['fi', 'sv', 'en']). */
  readonly locales: readonly Locale[];
  /**
   * Loads the app's translations for one locale: the module @lit/localize generates
   * (`(locale) => import(`./generated/${locale}.js`)`). Never called for the source locale.
   */
  readonly load: (locale: Locale) => Promise<LocaleModule>;
  /** The language of the app's msg() source strings; the portal's is Finnish (default 'fi'). */
  readonly sourceLocale?: Locale;
  /** Called when the app falls back to another locale. */
  readonly onFallback?: (fallback: LocaleFallback) => void;
}

export interface AppLocalization {
  /** The current fallback, or null when the app has the chosen locale. */
  readonly fallback: ContextValue<LocaleFallback | null>;
  /** Resolves when the app's strings for the context's current locale are in place. */
  settled(): Promise<void>;
  /** Stops following the context's locale (the app's translations stay registered for its next mount). */
  dispose(): void;
}

interface Registration {
  locales: ReadonlySet<Locale>;
  sourceLocale: Locale;
  load: (locale: Locale) => Promise<LocaleModule>;
  context: ShellContext;
  /** The page locale the loader last served. */
  loadedFor: Locale | undefined;
}

/** One loader per app id, registered once: remounting an app never adds another loader. */
const registrations = new Map<string, Registration>();

function resolveLocale(registration: Registration, requested: Locale): Locale {
  if (registration.locales.has(requested)) return requested;
  // The page's source locale loads no translations: the app shows its own source strings.
  if (requested === DEFAULT_LOCALE) return registration.sourceLocale;
  return FALLBACK_LOCALES.find((l) => registration.locales.has(l)) ?? registration.sourceLocale;
}

function register(appId: string): void {
  addTranslations(async (locale) => {
    const registration = registrations.get(appId);
    if (!registration) return { templates: {} };
    registration.loadedFor = locale;
    const used = resolveLocale(registration, locale);
    if (used === registration.sourceLocale) return { templates: {} };
    try {
      return await registration.load(used);
    } catch (error) {
      // One app's missing translations must not stop the portal switching language.
      warn(
        'D1-SDK-162',
        `App "${appId}" failed to load its "${used}" translations; its source strings are shown instead.`,
      );
      registration.context.reportError(error);
      return { templates: {} };
    }
  });
}

function checkOptions(context: unknown, options: unknown): AppLocalizationOptions {
  const fn = 'connectAppLocalization';
  const c = context as Partial<ShellContext> | null;
  if (typeof c !== 'object' || c === null || typeof c.appId !== 'string' || !c.locale) {
    throw new DigiOneSdkError(
      'D1-SDK-160',
      `${fn}: the first argument must be the app's ShellContext; got ${describe(context)}.`,
    );
  }
  const o = options as Partial<AppLocalizationOptions> | null;
  if (typeof o !== 'object' || o === null || typeof o.load !== 'function') {
    throw new DigiOneSdkError(
      'D1-SDK-160',
      `${fn}: pass { locales, load } where load(locale) returns the app's generated translation module; got ${describe(options)}.`,
    );
  }
  const source = o.sourceLocale ?? DEFAULT_LOCALE;
  if (!isLocale(source)) {
    throw new DigiOneSdkError(
      'D1-SDK-160',
      `${fn}: sourceLocale must be one of ${LOCALES.join(', ')}; got ${describe(source)}.`,
    );
  }
  if (!Array.isArray(o.locales) || o.locales.length === 0 || !o.locales.every(isLocale)) {
    throw new DigiOneSdkError(
      'D1-SDK-160',
      `${fn}: locales must list the locales the app has strings for, from ${LOCALES.join(', ')}; got ${describe(o.locales)}.`,
    );
  }
  if (!o.locales.includes(source)) {
    throw new DigiOneSdkError(
      'D1-SDK-160',
      `${fn}: locales must include the source locale "${source}".`,
    );
  }
  return o as AppLocalizationOptions;
}

/**
 * Ties an app's own translations (@lit/localize, runtime mode) to the shell's locale. Registers the
 * app's translations with the page's one localization setup (`addTranslations`), so one
 * `localization().setLocale()` re-renders the shell and every mounted app together, and follows
 * `context.locale` (also where no shell switches the page, as in an iframe or the sandbox).
 *
 * An app lacking the chosen locale falls back to Finnish, then English; the fallback is logged
 * (D1-SDK-161), passed to `onFallback` and published on `fallback`.
 *
 * Use explicit message ids with the app's prefix (`msg('Tallenna', { id: 'acme.save' })`): the page
 * shares one table of strings, so ids must not collide with another app's.
 */
export function connectAppLocalization(
  context: ShellContext,
  options: AppLocalizationOptions,
): AppLocalization {
  const { locales, load, onFallback } = checkOptions(context, options);
  const appId = context.appId;
  const isNew = !registrations.has(appId);
  const registration: Registration = {
    locales: new Set(locales),
    sourceLocale: options.sourceLocale ?? DEFAULT_LOCALE,
    load,
    context,
    loadedFor: registrations.get(appId)?.loadedFor,
  };
  registrations.set(appId, registration);
  if (isNew) register(appId);

  const fallback = new BehaviorSubject<LocaleFallback | null>(null);
  let pending: Promise<void> = Promise.resolve();
  let disposed = false;

  async function follow(locale: Locale): Promise<void> {
    const controls = localization();
    await controls.setLocale(locale);
    // Registered after the page loaded this locale: load it again, so this app's strings join.
    // Asking for the source locale and at once for this one loads it anew without a flash.
    if (
      !disposed &&
      locale !== DEFAULT_LOCALE &&
      registration.loadedFor !== locale &&
      controls.getLocale() === locale
    ) {
      void controls.setLocale(DEFAULT_LOCALE);
      await controls.setLocale(locale);
    }
  }

  const subscription: Subscription = context.locale.subscribe((locale) => {
    const used = resolveLocale(registration, locale);
    const next = used === locale ? null : { appId, requested: locale, used };
    if (next && (fallback.value?.requested !== locale || fallback.value.used !== used)) {
      warn(
        'D1-SDK-161',
        `App "${appId}" has no "${locale}" strings; it is shown in "${used}". Add the "${locale}" translations or remove "${locale}" from the manifest's locales.`,
      );
      onFallback?.(next);
    }
    if (fallback.value !== next) fallback.next(next);
    pending = pending
      .then(() => follow(locale))
      .catch((error: unknown) => {
        context.reportError(error);
      });
  });

  const fallbackValue = fallback.asObservable() as ContextValue<LocaleFallback | null>;
  Object.defineProperty(fallbackValue, 'value', { get: () => fallback.value, enumerable: true });

  return {
    fallback: fallbackValue,
    settled: () => pending,
    dispose() {
      if (disposed) return;
      disposed = true;
      subscription.unsubscribe();
      fallback.complete();
    },
  };
}
