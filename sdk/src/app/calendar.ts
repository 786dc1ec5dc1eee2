/**
 * School calendar days (`YYYY-MM-DD`) and ISO 8601 weeks (`2026-W48`, "viikko 48"), as Finnish
 * schools count them: weeks start on Monday, and week 1 holds the year's first Thursday. A day is a
 * day of the calendar where the person is, never an instant, so no time zone or summer-time change
 * moves it. The week arithmetic is date-fns'.
 */
import {
  addDays as addDaysTo,
  addWeeks as addWeeksTo,
  getISOWeek,
  getISOWeekYear,
  getISOWeeksInYear,
  setISOWeek,
  startOfISOWeek,
} from 'date-fns';

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A week of an ISO week-numbering year. */
export interface IsoWeek {
  readonly year: number;
  /** 1–53. */
  readonly week: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The calendar day of `date` where the person is, as `YYYY-MM-DD`. */
export function isoDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** A `YYYY-MM-DD` day as its local midnight, or undefined when it is no day of the calendar. */
export function parseIsoDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  date.setFullYear(Number(match[1]));
  // 2026-02-30 would roll over into March: not a day of the calendar.
  return isoDate(date) === value ? date : undefined;
}

function dayOf(value: IsoDate | Date, fn: string): Date {
  const date = typeof value === 'string' ? parseIsoDate(value) : value;
  if (!date || Number.isNaN(date.getTime())) {
    throw new RangeError(`${fn}: not a calendar day (YYYY-MM-DD): ${String(value)}`);
  }
  return date;
}

/** The day `days` after (or, negative, before) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDate(addDaysTo(dayOf(date, 'addDays'), days));
}

/** The ISO week a day falls in (a Date is read where the person is). */
export function isoWeekOf(date: IsoDate | Date): IsoWeek {
  const day = dayOf(date, 'isoWeekOf');
  return { year: getISOWeekYear(day), week: getISOWeek(day) };
}

/** How many weeks an ISO year has: 52 or 53. */
export function weeksInYear(year: number): number {
  return getISOWeeksInYear(new Date(year, 5, 1));
}

/** `2026-W48`. */
export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** `2026-W48` as a week, or undefined when it is malformed or the year has no such week. */
export function parseIsoWeek(text: unknown): IsoWeek | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_WEEK.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1 || week < 1 || week > weeksInYear(year)) return undefined;
  return { year, week };
}

/** The Monday of an ISO week. */
export function mondayOf(week: IsoWeek): IsoDate {
  // 4 January is always in week 1 of its year.
  return isoDate(startOfISOWeek(setISOWeek(new Date(week.year, 0, 4), week.week)));
}

/** The week `weeks` after (or, negative, before) `week`. */
export function addWeeks(week: IsoWeek, weeks: number): IsoWeek {
  return isoWeekOf(addWeeksTo(dayOf(mondayOf(week), 'addWeeks'), weeks));
}

/** The days of an ISO week from Monday: five school days by default, seven with `days: 7`. */
export function weekDays(week: IsoWeek, days = 5): IsoDate[] {
  const monday = mondayOf(week);
  return Array.from({ length: days }, (_, i) => addDays(monday, i));
}
