/**
 * ISO 8601 weeks (Finnish school weeks run Monday to Friday and are named by ISO week number,
 * "viikko 3"). Shared by the app and its API, so both count weeks the same way. Dates are plain
 * calendar dates (`YYYY-MM-DD`), computed in UTC so that no time zone moves a day.
 */

/** An ISO week: the ISO week-numbering year and the week number (1–53). */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** The calendar date of `date` where the person is (local time), as `YYYY-MM-DD`. */
export function localIsoDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The ISO week of a calendar date (`YYYY-MM-DD`, or a Date read in local time). */
export function isoWeekOf(date: Date | string): IsoWeek {
  const iso = typeof date === 'string' ? date : localIsoDate(date);
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  // Monday 1 … Sunday 7; the week belongs to the year of its Thursday.
  const weekday = day.getUTCDay() || 7;
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstDay = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - firstDay) / DAY_MS / 7) + 1;
  return { year, week };
}

/** How many ISO weeks the ISO year `year` has (52 or 53). */
export function weeksInYear(year: number): number {
  // 28 December always falls in the year's last week.
  return isoWeekOf(`${String(year).padStart(4, '0')}-12-28`).week;
}

/** `2025-W03`. */
export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** Parses `2025-W03`; undefined for anything else, or a week the year does not have. */
export function parseIsoWeek(text: string): IsoWeek | undefined {
  const match = WEEK_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1970 || week < 1 || week > weeksInYear(year)) return undefined;
  return { year, week };
}

/** The school days of an ISO week, Monday to Friday, as `YYYY-MM-DD`. */
export function schoolDays({ year, week }: IsoWeek): string[] {
  // 4 January is always in week 1.
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = new Date(jan4).getUTCDay() || 7;
  const monday = jan4 - (jan4Weekday - 1) * DAY_MS + (week - 1) * 7 * DAY_MS;
  return [0, 1, 2, 3, 4].map((i) => new Date(monday + i * DAY_MS).toISOString().slice(0, 10));
}
