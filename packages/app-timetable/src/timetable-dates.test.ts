// The timetable's days and weeks: the app's clock (src/dates.ts), and the development API's dating
// of lessons (api/data.ts, on date-fns in Node) agreeing with the SDK's calendar the app counts
// weeks by. The week arithmetic itself is @digione/sdk's, tested there.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatIsoWeek, isoWeekOf, mondayOf, weekDays, weeksInYear } from '@digione/sdk';
import { classWeek, lessonsOn, weekSpan } from '../api/data.js';
import { setClock, thisWeek, today } from './dates.js';

/** Any week of the years a timetable could plausibly show. */
const anyWeek = fc
  .integer({ min: 1900, max: 2200 })
  .chain((year) =>
    fc.record({ year: fc.constant(year), week: fc.integer({ min: 1, max: weeksInYear(year) }) }),
  );

describe('the timetable clock', () => {
  it('gives today and this week of a fixed moment, and the device clock again after', () => {
    const restore = setClock(() => new Date(2027, 0, 1, 23, 30));
    try {
      // Friday 1 January 2027, late in the evening where the person is: week 53 of 2026.
      expect(today()).to.equal('2027-01-01');
      expect(thisWeek()).to.deep.equal({ year: 2026, week: 53 });
    } finally {
      restore();
    }
    expect(thisWeek()).to.deep.equal(isoWeekOf(new Date()));
  });
});

describe("the development API's weeks", () => {
  it('refuses a week its year lacks, and what is no week', () => {
    for (const bad of ['2025-W53', '2026-W00', '2026-W54', '2026-48', '2026-W8', ' 2026-W48', '']) {
      expect(weekSpan(bad), bad).to.equal(undefined);
    }
    expect(() => lessonsOn(classWeek('09231', '7B'), '2025-W53', 'x')).to.throw(RangeError);
  });

  it("dates every week as the SDK's calendar does: Monday to Friday, lessons on its days", () => {
    const lessons = classWeek('09231', '7B');
    fc.assert(
      fc.property(anyWeek, (week) => {
        const name = formatIsoWeek(week);
        const days = weekDays(week);
        expect(weekSpan(name)).to.deep.equal({ week: name, start: mondayOf(week), end: days[4] });
        const dated = lessonsOn(lessons, name, 'x');
        expect(dated.every((lesson) => days.includes(lesson.date))).to.equal(true);
        expect(new Set(dated.map((lesson) => lesson.date)).size).to.equal(5);
      }),
      { numRuns: 200 },
    );
  });
});
