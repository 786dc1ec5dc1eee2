/**
 * The timetable's days and weeks: "today" and "this week" where the person is, by the app's clock,
 * on @digione/sdk's calendar (ISO weeks, Monday to Friday). Tests and stories fix the clock to a
 * known moment with `setClock`; the app itself always reads the device's clock.
 */
import { isoDate, isoWeekOf, type IsoDate, type IsoWeek } from '@digione/sdk';

let now: () => Date = () => new Date();

/** The current moment. */
export function currentTime(): Date {
  return now();
}

/** Fixes the clock (tests, stories); returns a function that gives the real clock back. */
export function setClock(clock: () => Date): () => void {
  now = clock;
  return () => {
    now = () => new Date();
  };
}

/** The calendar day today, `YYYY-MM-DD`, where the person is. */
export function today(): IsoDate {
  return isoDate(currentTime());
}

/** The ISO week today falls in. */
export function thisWeek(): IsoWeek {
  return isoWeekOf(currentTime());
}
