import type { Locale } from '../context/types.js';
import { DigiOneSdkError, describe } from './errors.js';
import { parseIsoDate } from './calendar.js';

/**
 * The language tags DigiOne Portal formats with: Finnish, Swedish as written in Finland, British
 * English (day before month, 24-hour clock).
 */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = {
  fi: 'fi-FI',
  sv: 'sv-FI',
  en: 'en-GB',
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function tagOf(locale: Locale, fn: string): string {
  const tag = LOCALE_TAGS[locale] as string | undefined;
  if (typeof tag !== 'string' || !Object.hasOwn(LOCALE_TAGS, locale)) {
    throw new DigiOneSdkError(
      'D1-SDK-185',
      `${fn}: the locale must be one of ${Object.keys(LOCALE_TAGS).join(', ')}; got ${describe(locale)}.`,
    );
  }
  return tag;
}

/** One `Intl.DateTimeFormat` per locale and options, made once and reused. */
export function dateFormatter(
  locale: Locale,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tagOf(locale, 'dateFormatter'), options);
    dateFormats.set(key, format);
  }
  return format;
}

/** One `Intl.NumberFormat` per locale and options, made once and reused. */
export function numberFormatter(
  locale: Locale,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tagOf(locale, 'numberFormatter'), options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A calendar date (`YYYY-MM-DD`, read as that day where the person is) or an instant. */
export type DateInput = string | Date | number;

function toDate(value: DateInput, fn: string): Date {
  let date: Date | undefined;
  if (typeof value === 'string') {
    // A calendar day, or an instant written in ISO 8601 with its time (`2026-11-23T08:15:00Z`).
    date = parseIsoDate(value) ?? (value.includes('T') ? new Date(value) : undefined);
  } else if (value instanceof Date || typeof value === 'number') {
    date = new Date(value instanceof Date ? value.getTime() : value);
  }
  if (!date || Number.isNaN(date.getTime())) {
    throw new DigiOneSdkError(
      'D1-SDK-185',
      `${fn}: expected a date (YYYY-MM-DD), an ISO 8601 instant, a Date or a time value; got ${describe(value)}.`,
    );
  }
  return date;
}

/**
 * A date in the person's language: `formatDate('2026-11-23', 'fi', { weekday: 'short', day:
 * 'numeric', month: 'numeric' })` → `ma 23.11.`. Without options: `23.11.2026` (fi), `23/11/2026` (en).
 */
export function formatDate(
  value: DateInput,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'numeric', year: 'numeric' },
): string {
  return dateFormatter(locale, options).format(toDate(value, 'formatDate'));
}

/** Two dates as one range: `23.–27.11.2026` (fi), `23/11/2026 – 27/11/2026` (en). */
export function formatDateRange(
  start: DateInput,
  end: DateInput,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'numeric', year: 'numeric' },
): string {
  return dateFormatter(locale, options).formatRange(
    toDate(start, 'formatDateRange'),
    toDate(end, 'formatDateRange'),
  );
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * A time of day: a clock time `HH:MM` (as a timetable gives it) or an instant, shown where the
 * person is: `8.15` (fi), `8.15` (sv), `08:15` (en).
 */
export function formatTime(value: string | Date | number, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
  if (typeof value === 'string') {
    const clock = CLOCK.exec(value);
    if (clock) {
      return dateFormatter(locale, options).format(
        new Date(2000, 0, 1, Number(clock[1]), Number(clock[2])),
      );
    }
  }
  return dateFormatter(locale, options).format(toDate(value, 'formatTime'));
}

/** A number in the person's language: `formatNumber(8.5, 'fi')` → `8,5`. */
export function formatNumber(
  value: number,
  locale: Locale,
  options: Intl.NumberFormatOptions = {},
): string {
  if (typeof value !== 'number' && typeof value !== 'bigint') {
    throw new DigiOneSdkError(
      'D1-SDK-185',
      `formatNumber: expected a number; got ${describe(value)}.`,
    );
  }
  return numberFormatter(locale, options).format(value);
}

/** `text` with its first letter in upper case, as the locale writes it (`maanantai` → `Maanantai`). */
export function capitalize(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(tagOf(locale, 'capitalize')) + text.slice(1);
}
