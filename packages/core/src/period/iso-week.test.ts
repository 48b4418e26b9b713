import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './iso-date.ts';
import { isoWeekOf, isoWeekStart, isoWeeksInYear } from './iso-week.ts';
import { PeriodError } from './errors.ts';

describe('ISO weeks', () => {
  it('starts week 1 on the Monday of the week holding January 4th', () => {
    expect(fromDayNumber(isoWeekStart(2021, 1))).toBe('2021-01-04');
    expect(fromDayNumber(isoWeekStart(2024, 1))).toBe('2024-01-01');
    expect(fromDayNumber(isoWeekStart(2020, 1))).toBe('2019-12-30');
    expect(fromDayNumber(isoWeekStart(2020, 53))).toBe('2020-12-28');
  });

  it('counts 52 or 53 weeks a year', () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2015)).toBe(53);
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2021)).toBe(52);
    expect(isoWeeksInYear(2024)).toBe(52);
    // 71 long years in every 400-year cycle.
    let long = 0;
    for (let y = 2000; y < 2400; y++) if (isoWeeksInYear(y) === 53) long++;
    expect(long).toBe(71);
  });

  it('rejects a non-integer year', () => {
    expect(() => isoWeeksInYear(2020.5)).toThrow(PeriodError);
  });

  it('puts days at a year end into the week of their Thursday', () => {
    expect(isoWeekOf(toDayNumber('2021-01-03'))).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf(toDayNumber('2019-12-30'))).toEqual({ year: 2020, week: 1 });
    expect(isoWeekOf(toDayNumber('2024-12-30'))).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf(toDayNumber('2024-02-01'))).toEqual({ year: 2024, week: 5 });
  });
});
