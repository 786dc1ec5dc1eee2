import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addWeeks,
  formatIsoWeek,
  isoDate,
  isoWeekOf,
  mondayOf,
  parseIsoDate,
  parseIsoWeek,
  schoolDays,
  weeksInYear,
} from './iso-week.js';

const date = (text: string): Date => {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new Error(`not a date: ${text}`);
  return parsed;
};

/** Any week of the years a timetable could plausibly show. */
const anyWeek = fc
  .integer({ min: 1900, max: 2200 })
  .chain((year) =>
    fc.record({ year: fc.constant(year), week: fc.integer({ min: 1, max: weeksInYear(year) }) }),
  );

describe('ISO weeks', () => {
  it('numbers weeks as Finnish calendars do, across year ends', () => {
    expect(isoWeekOf(date('2026-11-23'))).to.deep.equal({ year: 2026, week: 48 });
    expect(isoWeekOf(date('2026-11-29'))).to.deep.equal({ year: 2026, week: 48 });
    expect(isoWeekOf(date('2026-11-30'))).to.deep.equal({ year: 2026, week: 49 });
    // 1 January 2027 is a Friday: it belongs to the last week of 2026, which has 53.
    expect(isoWeekOf(date('2027-01-01'))).to.deep.equal({ year: 2026, week: 53 });
    expect(isoWeekOf(date('2027-01-04'))).to.deep.equal({ year: 2027, week: 1 });
    // 29 December 2025 (a Monday) already starts week 1 of 2026.
    expect(isoWeekOf(date('2025-12-29'))).to.deep.equal({ year: 2026, week: 1 });
    expect([weeksInYear(2025), weeksInYear(2026), weeksInYear(2020)]).to.deep.equal([52, 53, 53]);
  });

  it('reads and writes "2026-W48", refusing weeks that do not exist', () => {
    expect(parseIsoWeek('2026-W48')).to.deep.equal({ year: 2026, week: 48 });
    expect(parseIsoWeek('2026-W53')).to.deep.equal({ year: 2026, week: 53 });
    for (const bad of ['2025-W53', '2026-W00', '2026-W54', '2026-48', '2026-W8', ' 2026-W48', '']) {
      expect(parseIsoWeek(bad), bad).to.equal(null);
    }
    expect(formatIsoWeek({ year: 2027, week: 1 })).to.equal('2027-W01');
    expect(parseIsoDate('2026-02-30')).to.equal(null);
  });

  it('gives a week its school days, Monday to Friday', () => {
    expect(schoolDays({ year: 2026, week: 48 })).to.deep.equal([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
    expect(schoolDays({ year: 2026, week: 53 })).to.deep.equal([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
    ]);
  });

  it('steps week by week over year ends', () => {
    expect(addWeeks({ year: 2026, week: 53 }, 1)).to.deep.equal({ year: 2027, week: 1 });
    expect(addWeeks({ year: 2026, week: 1 }, -1)).to.deep.equal({ year: 2025, week: 52 });
  });

  it('holds for every week: Monday falls in it, formats round-trip, steps undo', () => {
    fc.assert(
      fc.property(anyWeek, fc.integer({ min: -120, max: 120 }), (week, steps) => {
        const monday = mondayOf(week);
        expect(monday.getUTCDay()).to.equal(1);
        expect(isoWeekOf(monday)).to.deep.equal(week);
        expect(parseIsoWeek(formatIsoWeek(week))).to.deep.equal(week);
        expect(addWeeks(addWeeks(week, steps), -steps)).to.deep.equal(week);
        const days = schoolDays(week);
        expect(days[0]).to.equal(isoDate(monday));
        expect(
          days.every((d) => formatIsoWeek(isoWeekOf(date(d))) === formatIsoWeek(week)),
        ).to.equal(true);
      }),
    );
  });
});
