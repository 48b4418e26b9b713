import { describe, expect, it } from 'vitest';
import { periodContains, periodForDate } from './locate.ts';
import { parsePeriod } from './parse.ts';

const code = (period: { code: string }): string => period.code;

describe('periodForDate', () => {
  it('finds the period of each type holding a date', () => {
    expect(code(periodForDate('Monthly', '2024-02-29'))).toBe('202402');
    expect(code(periodForDate('Quarterly', '2024-04-01'))).toBe('2024Q2');
    expect(code(periodForDate('SixMonthly', '2024-06-30'))).toBe('2024S1');
    expect(code(periodForDate('SixMonthly', '2024-07-01'))).toBe('2024S2');
    expect(code(periodForDate('Yearly', '2024-12-31'))).toBe('2024');
    expect(code(periodForDate('Weekly', '2024-02-01'))).toBe('2024W05');
  });

  it('puts early-January and late-December days into their ISO week-year', () => {
    expect(code(periodForDate('Weekly', '2021-01-03'))).toBe('2020W53');
    expect(code(periodForDate('Weekly', '2019-12-30'))).toBe('2020W01');
    expect(code(periodForDate('Weekly', '1900-01-01'))).toBe('1900W01');
  });

  it('throws typed errors for bad input', () => {
    expect(() => periodForDate('Monthly', '2023-02-29')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', message: 'Ngày không hợp lệ: "2023-02-29"' }),
    );
    expect(() => periodForDate('Daily' as never, '2024-01-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_PERIOD_TYPE' }),
    );
    expect(() => periodForDate('Yearly', '1899-12-31')).toThrow(
      expect.objectContaining({ code: 'PERIOD_OUT_OF_RANGE' }),
    );
    expect(() => periodForDate('Weekly', '1899-12-31')).toThrow(
      expect.objectContaining({ code: 'PERIOD_OUT_OF_RANGE' }),
    );
  });
});

describe('periodContains', () => {
  it('includes both ends and nothing outside', () => {
    const week = parsePeriod('2020W53');
    expect(periodContains(week, '2020-12-28')).toBe(true);
    expect(periodContains(week, '2021-01-03')).toBe(true);
    expect(periodContains(week, '2020-12-27')).toBe(false);
    expect(periodContains(week, '2021-01-04')).toBe(false);
  });

  it('throws on a malformed date', () => {
    expect(() => periodContains(parsePeriod('2024'), '2024-13-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});
