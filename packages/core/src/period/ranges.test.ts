import { describe, expect, it } from 'vitest';
import { daysInPeriod, monthsOf, periodsBetween, yearToDate } from './ranges.ts';
import { parsePeriod } from './parse.ts';

const p = parsePeriod;
const codes = (periods: { code: string }[]): string[] => periods.map((x) => x.code);

describe('periodsBetween', () => {
  it('lists both ends and everything between', () => {
    expect(codes(periodsBetween(p('202311'), p('202402')))).toEqual(['202311', '202312', '202401', '202402']);
    expect(codes(periodsBetween(p('2020W52'), p('2021W02')))).toEqual(['2020W52', '2020W53', '2021W01', '2021W02']);
    expect(codes(periodsBetween(p('2024Q2'), p('2024Q2')))).toEqual(['2024Q2']);
  });

  it('is empty when the start is after the end', () => {
    expect(periodsBetween(p('2024'), p('2023'))).toEqual([]);
  });

  it('stops at the last supported period without stepping past it', () => {
    expect(codes(periodsBetween(p('2998'), p('2999')))).toEqual(['2998', '2999']);
  });

  it('refuses periods of different types', () => {
    expect(() => periodsBetween(p('202401'), p('2024Q1'))).toThrow(
      expect.objectContaining({
        code: 'PERIOD_TYPE_MISMATCH',
        message: 'Hai kỳ báo cáo khác loại: "202401" và "2024Q1"',
      }),
    );
  });
});

describe('yearToDate', () => {
  it('runs from the first period of the same type in the year', () => {
    const ytd = yearToDate(p('202402'));
    expect(codes([ytd.from, ytd.to])).toEqual(['202401', '202402']);
    expect(yearToDate(p('2024Q3')).from.code).toBe('2024Q1');
    expect(yearToDate(p('2024S1')).from.code).toBe('2024S1');
    expect(yearToDate(p('2024')).from.code).toBe('2024');
    // A week counts from W01 of its ISO week-year.
    expect(yearToDate(p('2020W53')).from.code).toBe('2020W01');
  });
});

describe('daysInPeriod', () => {
  it('counts both ends', () => {
    expect(daysInPeriod(p('202402'))).toBe(29);
    expect(daysInPeriod(p('202302'))).toBe(28);
    expect(daysInPeriod(p('2024W05'))).toBe(7);
    expect(daysInPeriod(p('2024Q1'))).toBe(91);
    expect(daysInPeriod(p('2023S2'))).toBe(184);
    expect(daysInPeriod(p('2024'))).toBe(366);
    expect(daysInPeriod(p('1900'))).toBe(365);
  });
});

describe('monthsOf', () => {
  it('lists the months a period covers', () => {
    expect(codes(monthsOf(p('202402')))).toEqual(['202402']);
    expect(codes(monthsOf(p('2024Q2')))).toEqual(['202404', '202405', '202406']);
    expect(codes(monthsOf(p('2024S2')))).toEqual(['202407', '202408', '202409', '202410', '202411', '202412']);
    expect(monthsOf(p('2024'))).toHaveLength(12);
    expect(monthsOf(p('2024'))[11]?.code).toBe('202412');
  });

  it('puts a week in the month of its Thursday', () => {
    expect(codes(monthsOf(p('2024W05')))).toEqual(['202402']); // 29 Jan – 4 Feb, Thursday 1 Feb
    expect(codes(monthsOf(p('2020W53')))).toEqual(['202012']); // Thursday 31 Dec
    expect(codes(monthsOf(p('2020W01')))).toEqual(['202001']); // starts 30 Dec 2019, Thursday 2 Jan
  });
});
