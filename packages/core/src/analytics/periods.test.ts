import { describe, expect, it } from 'vitest';
import { RELATIVE_PERIODS } from '../api/analytics.ts';
import { AnalyticsQueryError } from './errors.ts';
import { resolvePeriods } from './periods.ts';
import { resolveRelativePeriod } from './relative-periods.ts';

const codes = (items: string[], today: string) => resolvePeriods(items, today).map((p) => p.code);

describe('relative periods', () => {
  it('takes this month as the last finished one: on 03/01/2024 it is 12/2023', () => {
    expect(codes(['THIS_MONTH', 'LAST_MONTH', 'SAME_MONTH_LAST_YEAR'], '2024-01-03')).toEqual(['202312', '202311', '202212']);
    expect(codes(['THIS_MONTH'], '2024-03-31')).toEqual(['202402']);
  });

  it('counts runs of months, quarters and years back from this month, oldest first', () => {
    expect(codes(['LAST_3_MONTHS'], '2024-02-10')).toEqual(['202311', '202312', '202401']);
    expect(codes(['LAST_12_MONTHS'], '2024-01-03')).toEqual(Array.from({ length: 12 }, (_, i) => `2023${String(i + 1).padStart(2, '0')}`));
    expect(codes(['SAME_12_MONTHS_LAST_YEAR'], '2024-01-03')[0]).toBe('202201');
    expect(codes(['MONTHS_THIS_YEAR'], '2024-05-20')).toHaveLength(12);
    expect(codes(['MONTHS_LAST_YEAR'], '2024-05-20')[11]).toBe('202312');
    expect(codes(['THIS_QUARTER', 'LAST_4_QUARTERS'], '2024-01-03')).toEqual(['2023Q4', '2023Q1', '2023Q2', '2023Q3']);
    expect(codes(['QUARTERS_THIS_YEAR'], '2024-01-03')).toEqual(['2023Q1', '2023Q2', '2023Q3', '2023Q4']);
    expect(codes(['THIS_YEAR', 'LAST_YEAR'], '2024-01-03')).toEqual(['2023', '2022']);
    expect(codes(['LAST_5_YEARS'], '2024-07-01')).toEqual(['2020', '2021', '2022', '2023', '2024']);
  });

  it('takes this week as the last finished ISO week, across a year with 53 weeks', () => {
    expect(codes(['THIS_WEEK'], '2021-01-06')).toEqual(['2020W53']);
    expect(codes(['LAST_4_WEEKS'], '2024-01-03')).toEqual(['2023W49', '2023W50', '2023W51', '2023W52']);
    expect(codes(['LAST_52_WEEKS'], '2024-01-03')).toHaveLength(52);
  });

  it('resolves every relative period to consecutive periods of one type', () => {
    for (const name of RELATIVE_PERIODS) {
      const periods = resolveRelativePeriod(name, '2025-09-10');
      expect(periods.length, name).toBeGreaterThan(0);
      expect(new Set(periods.map((p) => p.type)).size, name).toBe(1);
      for (let i = 1; i < periods.length; i++) expect(periods[i]!.startDate > periods[i - 1]!.endDate, name).toBe(true);
    }
  });
});

describe('resolvePeriods', () => {
  it('keeps the order written, each period once', () => {
    expect(codes(['2023', '202312', 'THIS_MONTH', '2023Q4'], '2024-01-03')).toEqual(['2023', '202312', '2023Q4']);
  });

  it.each([
    [['202413'], 'UNKNOWN_ITEM', '202413'],
    [['LAST_99_MONTHS'], 'UNKNOWN_ITEM', 'LAST_99_MONTHS'],
    [['2024W01', '202401'], 'MIXED_PERIODS', '202401'],
    [['THIS_MONTH', 'THIS_WEEK'], 'MIXED_PERIODS', 'THIS_WEEK'],
    [[], 'EMPTY_DIMENSION', ''],
  ])('refuses %j naming the item', (items, code, item) => {
    const error = (() => {
      try {
        resolvePeriods(items, '2024-01-03');
      } catch (e) {
        return e;
      }
    })() as AnalyticsQueryError;
    expect(error).toBeInstanceOf(AnalyticsQueryError);
    expect([error.code, error.field, error.item]).toEqual([code, 'pe', item]);
  });
});
