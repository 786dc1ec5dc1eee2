/**
 * Calendar days as ISO dates (`2025-11-17`), ISO weeks (`2025-W47`) and school terms. Dates are
 * days in the school's own calendar, never instants: they are computed in local time, so a day never
 * shifts by a time zone. Shared by the app and its API.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** The day of `date` in local time, as an ISO date. */
export function isoDate(date: Date): IsoDate {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Today, in local time. */
export function today(): IsoDate {
  return isoDate(new Date());
}

/** The ISO date as a local Date at midnight, or undefined when it is not a real calendar day. */
export function parseIsoDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(y, m - 1, d);
  // 2025-02-30 rolls over to March: not a day of the calendar.
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) {
    return undefined;
  }
  return date;
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== undefined;
}

/** `date` moved by `days` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not an ISO date: ${date}`);
  parsed.setDate(parsed.getDate() + days);
  return isoDate(parsed);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError(`Not ISO dates: ${from}, ${to}`);
  // Noon to noon: a daylight saving change never makes a day 23 or 25 hours long here.
  a.setHours(12);
  b.setHours(12);
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

/** The Monday of the ISO week `date` falls in. */
export function mondayOf(date: IsoDate): IsoDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not an ISO date: ${date}`);
  const weekday = (parsed.getDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** The ISO week `date` falls in, e.g. `{ year: 2025, week: 47 }`. */
export function isoWeekOf(date: IsoDate): { year: number; week: number } {
  // The week belongs to the year its Thursday falls in.
  const thursday = parseIsoDate(addDays(mondayOf(date), 3));
  if (!thursday) throw new RangeError(`Not an ISO date: ${date}`);
  const year = thursday.getFullYear();
  const firstThursday = mondayOf(`${String(year).padStart(4, '0')}-01-04`);
  const week = Math.floor(daysBetween(firstThursday, mondayOf(date)) / 7) + 1;
  return { year, week };
}

/** The ISO week `date` falls in, written `YYYY-Www`. */
export function isoWeek(date: IsoDate): string {
  const { year, week } = isoWeekOf(date);
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** The Monday and Sunday of an ISO week written `YYYY-Www`, or undefined when it is no such week. */
export function weekRange(week: unknown): { from: IsoDate; to: IsoDate } | undefined {
  if (typeof week !== 'string') return undefined;
  const match = ISO_WEEK.exec(week);
  if (!match) return undefined;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1) return undefined;
  const from = addDays(mondayOf(`${match[1]}-01-04`), (number - 1) * 7);
  // Week 53 exists only in some years.
  if (isoWeekOf(from).year !== year) return undefined;
  return { from, to: addDays(from, 6) };
}

/**
 * The school term `date` falls in: the autumn term from August to December, the spring term from
 * January to July (the summer holiday counts with the spring, whose absences are still shown).
 */
export function termOf(date: IsoDate): { from: IsoDate; to: IsoDate; season: 'autumn' | 'spring' } {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return month >= 8
    ? { from: `${year}-08-01`, to: `${year}-12-31`, season: 'autumn' }
    : { from: `${year}-01-01`, to: `${year}-07-31`, season: 'spring' };
}

/** Whether the days `from`…`to` and `start`…`end` share at least one day (ISO dates sort as text). */
export function overlaps(from: IsoDate, to: IsoDate, start: IsoDate, end: IsoDate): boolean {
  return start <= to && end >= from;
}
