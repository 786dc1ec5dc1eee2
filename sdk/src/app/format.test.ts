import { expect } from '@open-wc/testing';
import {
  DigiOneSdkError,
  addDays,
  addWeeks,
  capitalize,
  dateFormatter,
  formatDate,
  formatDateRange,
  formatIsoWeek,
  formatNumber,
  formatTime,
  isoDate,
  isoWeekOf,
  mondayOf,
  parseIsoDate,
  parseIsoWeek,
  weekDays,
  weeksInYear,
  type Locale,
} from '@digione/sdk';

describe('formatting for the person', () => {
  describe('dates', () => {
    it('writes a calendar day as Finland writes it in each language', () => {
      const day = { weekday: 'short', day: 'numeric', month: 'numeric' } as const;
      expect(formatDate('2026-11-23', 'fi', day)).to.equal('ma 23.11.');
      expect(formatDate('2026-11-23', 'sv', day)).to.equal('mån 23.11');
      expect(formatDate('2026-11-23', 'en', day)).to.equal('Mon 23/11');
      expect(formatDate('2026-11-23', 'fi')).to.equal('23.11.2026');
      expect(formatDate('2026-11-23', 'en')).to.equal('23/11/2026');
    });

    it('writes a week as a range', () => {
      expect(formatDateRange('2026-11-23', '2026-11-27', 'fi')).to.match(
        /^23\.\s?–\s?27\.11\.2026$/,
      );
    });

    it('reuses one formatter per locale and options', () => {
      expect(dateFormatter('fi', { month: 'long' })).to.equal(
        dateFormatter('fi', { month: 'long' }),
      );
      expect(dateFormatter('fi', { month: 'long' })).to.not.equal(
        dateFormatter('sv', { month: 'long' }),
      );
    });

    it('refuses what is no date, and an unknown locale, with D1-SDK-185', () => {
      expect(() => formatDate('2026-02-30', 'fi')).to.throw(DigiOneSdkError, 'D1-SDK-185');
      expect(() => formatDate('tomorrow', 'fi')).to.throw(DigiOneSdkError, 'D1-SDK-185');
      expect(() => formatDate('2026-11-23', 'de' as Locale)).to.throw(
        DigiOneSdkError,
        'D1-SDK-185',
      );
    });
  });

  describe('times and numbers', () => {
    it('writes a clock time with each language’s separator, on a 24-hour clock', () => {
      expect(formatTime('08:15', 'fi')).to.equal('8.15');
      expect(formatTime('08:15', 'en')).to.equal('8:15');
      expect(formatTime('13:45', 'sv')).to.equal('13.45');
      expect(formatTime(new Date(2026, 10, 23, 14, 5), 'fi')).to.equal('14.05');
    });

    it('writes decimals with a comma in Finnish and Swedish, a point in English', () => {
      expect(formatNumber(8.5, 'fi')).to.equal('8,5');
      expect(formatNumber(8.5, 'sv')).to.equal('8,5');
      expect(formatNumber(8.5, 'en')).to.equal('8.5');
      expect(formatNumber(0.25, 'fi', { style: 'percent' })).to.match(/^25\s%$/);
    });

    it('capitalises a weekday for a heading', () => {
      expect(capitalize(formatDate('2026-11-23', 'fi', { weekday: 'long' }), 'fi')).to.equal(
        'Maanantai',
      );
    });
  });
});

describe('the school calendar', () => {
  it('numbers ISO weeks across the turn of the year', () => {
    expect(isoWeekOf('2026-11-23')).to.deep.equal({ year: 2026, week: 48 });
    // 1 January 2027 is a Friday: it belongs to 2026's week 53.
    expect(isoWeekOf('2027-01-01')).to.deep.equal({ year: 2026, week: 53 });
    // 29 December 2025 is a Monday of week 1 of 2026.
    expect(isoWeekOf('2025-12-29')).to.deep.equal({ year: 2026, week: 1 });
    expect(weeksInYear(2026)).to.equal(53);
    expect(weeksInYear(2025)).to.equal(52);
  });

  it('writes and reads weeks, refusing those a year lacks', () => {
    expect(formatIsoWeek({ year: 2026, week: 3 })).to.equal('2026-W03');
    expect(parseIsoWeek('2026-W53')).to.deep.equal({ year: 2026, week: 53 });
    expect(parseIsoWeek('2025-W53')).to.equal(undefined);
    expect(parseIsoWeek('2026-W00')).to.equal(undefined);
    expect(parseIsoWeek('2026-48')).to.equal(undefined);
  });

  it('gives a week’s Monday and school days, and moves by weeks', () => {
    expect(mondayOf({ year: 2026, week: 1 })).to.equal('2025-12-29');
    expect(weekDays({ year: 2026, week: 48 })).to.deep.equal([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
    expect(weekDays({ year: 2026, week: 48 }, 7).at(-1)).to.equal('2026-11-29');
    expect(addWeeks({ year: 2026, week: 53 }, 1)).to.deep.equal({ year: 2027, week: 1 });
    expect(addWeeks({ year: 2026, week: 1 }, -1)).to.deep.equal({ year: 2025, week: 52 });
  });

  it('reads and writes calendar days strictly, and adds days across a summer-time change', () => {
    expect(parseIsoDate('2026-02-30')).to.equal(undefined);
    expect(parseIsoDate('26-02-03')).to.equal(undefined);
    expect(isoDate(parseIsoDate('2026-03-29') ?? new Date(Number.NaN))).to.equal('2026-03-29');
    expect(addDays('2026-03-28', 2)).to.equal('2026-03-30');
    expect(addDays('2026-10-24', 2)).to.equal('2026-10-26');
    expect(() => addDays('nope', 1)).to.throw(RangeError);
  });
});
