/**
 * The app's days and weeks, on the SDK's calendar and formatting: today where the person is, the
 * ISO week the teacher's list shows, and the days of an absence in the person's language. Dates
 * are days of the school's calendar (`2025-11-17`), never instants. Browser side: the API (Node)
 * counts its days with date-fns (see api/server.ts), and the report's rules in types.ts too.
 */
import {
  addDays,
  formatDate,
  formatDateRange,
  formatIsoWeek,
  isoDate,
  isoWeekOf,
  mondayOf as mondayOfWeek,
  parseIsoDate,
  type IsoDate,
  type Locale,
} from '@digione/sdk';

export { addDays, isoWeekOf, type IsoDate };

/** Today, where the person is. */
export function today(): IsoDate {
  return isoDate(new Date());
}

/** The ISO week `day` falls in, written `2025-W47` (as the API asks for it). */
export function isoWeek(day: IsoDate): string {
  return formatIsoWeek(isoWeekOf(day));
}

/** The Monday of the week `day` falls in. */
export function mondayOf(day: IsoDate): IsoDate {
  return mondayOfWeek(isoWeekOf(day));
}

/** A day as the lists show it: "ma 17.11." in Finnish. */
const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'numeric' };

/** The days of an absence: one day, or the first and the last, e.g. "ma 17.11.–ti 18.11.". */
export function formatDays(start: IsoDate, end: IsoDate, locale: Locale): string {
  if (!parseIsoDate(start) || !parseIsoDate(end)) return `${start} – ${end}`;
  return start === end ? formatDate(start, locale, DAY) : formatDateRange(start, end, locale, DAY);
}
