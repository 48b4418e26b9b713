import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateOverTime } from '../aggregate/over-time.ts';
import { createPeriod } from './create.ts';
import { countsInRange, firstStoredDay, monthOfWeek, rollsWeeksIntoCalendar } from './count-once.ts';
import { parsePeriod } from './parse.ts';
import { periodsBetween } from './ranges.ts';
import { periodArb } from './period.arbitraries.ts';
import type { Period } from './period-types.ts';

const p = parsePeriod;
const one = (code: string) => ({ from: p(code), to: p(code) });
const WEEKLY_ONLY = ['Weekly'] as const;
const BOTH = ['Monthly', 'Weekly'] as const;

describe('monthOfWeek: the month holding the week’s Thursday', () => {
  it.each([
    ['2020W53', '202012'], // 28/12/2020–03/01/2021: Thursday 31/12/2020
    ['2015W53', '201512'], // 28/12/2015–03/01/2016: Thursday 31/12/2015
    ['2021W52', '202112'], // 27/12/2021–02/01/2022: Thursday 30/12/2021
    ['2022W01', '202201'], // 03/01–09/01/2022
    ['2023W44', '202311'], // 30/10–05/11/2023: Thursday 02/11
    ['2023W48', '202311'], // 27/11–03/12/2023: Thursday 30/11
    ['2023W47', '202311'],
    ['2024W01', '202401'], // 01/01–07/01/2024
  ])('%s counts in %s', (week, month) => {
    expect(monthOfWeek(p(week)).code).toBe(month);
  });

  it('refuses a period that is not a week', () => {
    expect(() => monthOfWeek(p('202311'))).toThrow(TypeError);
  });
});

describe('countsInRange: each value counted once across period types', () => {
  it('a month of an element also collected monthly reads its monthly value only', () => {
    expect(countsInRange(p('202311'), one('202311'), BOTH)).toBe(true);
    expect(countsInRange(p('2023W47'), one('202311'), BOTH)).toBe(false);
    expect(countsInRange(p('2023W47'), one('2023'), BOTH)).toBe(false);
  });

  it('a weekly range reads weekly values only, never a month', () => {
    expect(countsInRange(p('2023W47'), one('2023W47'), BOTH)).toBe(true);
    expect(countsInRange(p('202311'), { from: p('2023W44'), to: p('2023W48') }, BOTH)).toBe(false);
    expect(countsInRange(p('202311'), one('2023W44'), WEEKLY_ONLY)).toBe(false);
  });

  it('rolls a weekly-only element’s weeks into the month and year of their Thursday', () => {
    expect(countsInRange(p('2020W53'), one('202012'), WEEKLY_ONLY)).toBe(true);
    expect(countsInRange(p('2020W53'), one('202101'), WEEKLY_ONLY)).toBe(false);
    expect(countsInRange(p('2020W53'), one('2020'), WEEKLY_ONLY)).toBe(true);
    expect(countsInRange(p('2020W53'), one('2021'), WEEKLY_ONLY)).toBe(false);
    expect(countsInRange(p('2015W53'), one('2015'), WEEKLY_ONLY)).toBe(true);
    expect(countsInRange(p('2015W53'), one('2016Q1'), WEEKLY_ONLY)).toBe(false);
    expect(countsInRange(p('2021W52'), one('2021S2'), WEEKLY_ONLY)).toBe(true);
    expect(countsInRange(p('2022W01'), one('2022'), WEEKLY_ONLY)).toBe(true);
    // Begun in October, counted in November.
    expect(countsInRange(p('2023W44'), one('202310'), WEEKLY_ONLY)).toBe(false);
    expect(countsInRange(p('2023W44'), one('202311'), WEEKLY_ONLY)).toBe(true);
    expect(countsInRange(p('2023W48'), one('202312'), WEEKLY_ONLY)).toBe(false);
  });

  it('an element no data set holds is weekly-only; any calendar data set stops the roll-up', () => {
    expect(rollsWeeksIntoCalendar([])).toBe(true);
    expect(rollsWeeksIntoCalendar(['Weekly'])).toBe(true);
    expect(rollsWeeksIntoCalendar(['Weekly', 'Yearly'])).toBe(false);
  });

  it('a calendar range fetches from three days before it, where a week counted in it may begin', () => {
    expect(firstStoredDay(one('202311'))).toBe('2023-10-29');
    expect(firstStoredDay(one('2023W47'))).toBe('2023-11-20');
  });
});

describe('the roll-up laws', () => {
  const weekIn = periodArb({ type: 'Weekly', minYear: 1950, maxYear: 2100 });

  it('every week belongs to exactly one month, the month of monthOfWeek', () => {
    fc.assert(
      fc.property(weekIn, (week) => {
        const year = week.year;
        const months = periodsBetween(createPeriod('Monthly', year - 1, 12), createPeriod('Monthly', year + 1, 1));
        const holding = months.filter((m) => countsInRange(week, { from: m, to: m }, WEEKLY_ONLY));
        expect(holding.map((m) => m.code)).toEqual([monthOfWeek(week).code]);
      }),
    );
  });

  it('weeks summed by month, then months by year, equal weeks summed by year', () => {
    const yearArb = fc.integer({ min: 1990, max: 2060 });
    fc.assert(
      fc.property(yearArb, fc.array(fc.nat(50), { minLength: 160, maxLength: 160 }), (year, counts) => {
        // Three ISO years of weeks around the year, so the weeks straddling its ends are in the data.
        const weeks = periodsBetween(createPeriod('Weekly', year - 1, 1), createPeriod('Weekly', year + 1, 52)).slice(0, 160);
        const rows = weeks.map((w: Period, i) => ({ period: w.code, value: counts[i] ?? 0 }));
        const sources = { sourcePeriodTypes: WEEKLY_ONLY };
        const byMonth = Array.from({ length: 12 }, (_, i) => {
          const month = createPeriod('Monthly', year, i + 1);
          return aggregateOverTime(rows, 'SUM', { from: month, to: month }, sources) ?? 0;
        });
        const yearly = createPeriod('Yearly', year, 1);
        const byYear = aggregateOverTime(rows, 'SUM', { from: yearly, to: yearly }, sources) ?? 0;
        expect(byMonth.reduce((a, b) => a + b, 0)).toBe(byYear);
        // And the year holds exactly the weeks whose Thursday lies in it.
        const expected = weeks.reduce((sum, w, i) => (monthOfWeek(w).year === year ? sum + (counts[i] ?? 0) : sum), 0);
        expect(byYear).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('a calendar range never adds weeks of an element collected monthly too', () => {
    fc.assert(
      fc.property(weekIn, fc.nat(100), fc.nat(100), (week, weekly, monthly) => {
        const month = monthOfWeek(week);
        const rows = [
          { period: week.code, value: weekly },
          { period: month.code, value: monthly },
        ];
        const range = { from: month, to: month };
        expect(aggregateOverTime(rows, 'SUM', range, { sourcePeriodTypes: BOTH })).toBe(monthly);
        expect(aggregateOverTime(rows, 'SUM', range)).toBe(monthly);
        expect(aggregateOverTime(rows, 'SUM', { from: week, to: week }, { sourcePeriodTypes: BOTH })).toBe(weekly);
      }),
    );
  });
});
