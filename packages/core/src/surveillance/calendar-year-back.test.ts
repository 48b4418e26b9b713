/** The reference time point tests of R's test-farringtonFlexible.R. */
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber } from '../period/iso-date.ts';
import { calendarYearsBack } from './calendar-year-back.ts';
import { referenceCentres } from './farrington-blocks.ts';

/** Weekly dates from 1990-06-07, 1301 weeks, as the R tests build them. */
const DATES = Array.from({ length: 1301 }, (_, i) => addDays('1990-06-07', 7 * i));

describe('algo.farrington.referencetimepoints', () => {
  it('weekly data with dates: the same weekday, on the dates R finds', () => {
    const index = DATES.indexOf('2013-06-06');
    const centres = referenceCentres({ counts: new Array(1301).fill(0), frequency: 52, index, dates: DATES }, 3);
    const found = centres.map((i) => DATES[i]);
    expect([...found].sort()).toEqual(['2010-06-03', '2011-06-09', '2012-06-07', '2013-06-06']);
  });

  it('monthly data without dates: 48, 36, 24, 12 (1-based)', () => {
    expect(referenceCentres({ counts: new Array(48).fill(0), frequency: 12, index: 47 }, 3)).toEqual([47, 35, 23, 11]);
  });

  it('going too many years back leaves the series', () => {
    expect(referenceCentres({ counts: new Array(48).fill(0), frequency: 12, index: 47 }, 8).some((i) => i < 0)).toBe(
      true,
    );
  });

  it('29 February goes back to 1 March of a common year, then to the nearest same weekday', () => {
    // 2016-02-29 is a Monday; 2015-03-01 a Sunday: the nearest Monday is 2015-03-02.
    expect(fromDayNumber(calendarYearsBack('2016-02-29', 1))).toBe('2015-03-02');
  });
});
