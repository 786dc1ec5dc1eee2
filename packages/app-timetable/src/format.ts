/**
 * Dates and times in the person's language, with the conventions of Finland: "ma 23.11." and
 * "8.15" in Finnish, Swedish as written in Finland, British English for English.
 */
import type { Locale } from '@digione/sdk';

const TAGS: Readonly<Record<Locale, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    // Every date and time here is a UTC instant that stands for a local school date or time.
    format = new Intl.DateTimeFormat(TAGS[locale], { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

function utcDate(date: string, time = '00:00'): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

function capitalize(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(TAGS[locale]) + text.slice(1);
}

/** A lesson's start or end: `8.15` (fi), `08:15` (en). */
export function formatTime(time: string, locale: Locale): string {
  return formatter(locale, { hour: 'numeric', minute: '2-digit' }).format(
    utcDate('2000-01-01', time),
  );
}

/** The weekday of a date, capitalised for a heading: `Maanantai`. */
export function formatWeekday(date: string, locale: Locale): string {
  return capitalize(formatter(locale, { weekday: 'long' }).format(utcDate(date)), locale);
}

/** A day and month: `23.11.` (fi), `23/11` (en). */
export function formatDayMonth(date: string, locale: Locale): string {
  return formatter(locale, { day: 'numeric', month: 'numeric' }).format(utcDate(date));
}

/** The dates of a week: `23.–27.11.2026` (fi). */
export function formatDateRange(start: string, end: string, locale: Locale): string {
  return formatter(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatRange(
    utcDate(start),
    utcDate(end),
  );
}
