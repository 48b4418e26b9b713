import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, fromDayNumber, isIsoDate, isLeapYear, isoWeekday, toDayNumber } from './iso-date.ts';
import { PeriodError } from './errors.ts';

// Date.UTC is a trusted oracle in tests; the module itself stays free of Date.
const MS_PER_DAY = 86_400_000;
const oracle = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

describe('iso dates', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
  });

  it('matches Date.UTC over years 1800–3100', () => {
    const days = fc.integer({ min: toDayNumber('1800-01-01'), max: toDayNumber('3100-12-31') });
    fc.assert(
      fc.property(days, (day) => {
        expect(fromDayNumber(day)).toBe(oracle(day));
        expect(toDayNumber(fromDayNumber(day))).toBe(day);
      }),
    );
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });

  it('rejects dates that do not exist or are not YYYY-MM-DD', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-01', '20240101', '', 'x']) {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => toDayNumber(bad)).toThrow(PeriodError);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('numbers weekdays from Monday', () => {
    expect(isoWeekday(toDayNumber('1970-01-01'))).toBe(4);
    expect(isoWeekday(toDayNumber('2024-01-01'))).toBe(1);
    expect(isoWeekday(toDayNumber('1900-01-07'))).toBe(7);
  });
});
