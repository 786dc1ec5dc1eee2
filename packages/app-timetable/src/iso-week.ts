/**
 * ISO 8601 weeks (viikko 48 = "2026-W48"), as Finnish schools number them: weeks start on Monday,
 * and week 1 is the week with the year's first Thursday. Calendar dates are handled as UTC
 * midnights, so no time zone or summer-time change can shift a day. The API's calendar (it runs in
 * Node from sources, where the SDK is not built), the tests' and the stories'; the app itself uses
 * the SDK's (`isoWeekOf`, `weekDays`…), which agrees with it day for day.
 */

/** A week of an ISO week-numbering year. */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
}

const DAY_MS = 86_400_000;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date of a UTC midnight, `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` calendar date as its UTC midnight, or null when it is no real date. */
export function parseIsoDate(text: string): Date | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return isoDate(date) === text ? date : null;
}

/** The calendar date `days` after (or before) `date`. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Today's calendar date where the person is (their device's clock and time zone). */
export function localCalendarDate(now: Date): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** The ISO week a calendar date falls in. */
export function isoWeekOf(date: Date): IsoWeek {
  // The Thursday of the same week decides the year, and counts the weeks from its year's start.
  const weekday = date.getUTCDay() || 7;
  const thursday = addDays(date, 4 - weekday);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return { year, week };
}

/** How many weeks an ISO year has: 52, or 53 when it starts (or, in a leap year, ends) on a Thursday. */
export function weeksInYear(year: number): number {
  // 28 December is always in the year's last week.
  return isoWeekOf(new Date(Date.UTC(year, 11, 28))).week;
}

/** `"2026-W48"`. */
export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** `"2026-W48"` as a week, or null when it is malformed or the year has no such week. */
export function parseIsoWeek(text: string): IsoWeek | null {
  const match = WEEK_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1 || week < 1 || week > weeksInYear(year)) return null;
  return { year, week };
}

/** The Monday of an ISO week. */
export function mondayOf({ year, week }: IsoWeek): Date {
  // 4 January is always in week 1.
  const january4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = addDays(january4, 1 - (january4.getUTCDay() || 7));
  return addDays(mondayOfWeek1, (week - 1) * 7);
}

/** The week `weeks` after (or before) `week`. */
export function addWeeks(week: IsoWeek, weeks: number): IsoWeek {
  return isoWeekOf(addDays(mondayOf(week), weeks * 7));
}

/** The school days of a week, Monday to Friday, as `YYYY-MM-DD`. */
export function schoolDays(week: IsoWeek): string[] {
  const monday = mondayOf(week);
  return [0, 1, 2, 3, 4].map((offset) => isoDate(addDays(monday, offset)));
}

/** Whether two weeks are the same. */
export function sameWeek(a: IsoWeek, b: IsoWeek): boolean {
  return a.year === b.year && a.week === b.week;
}
