import { describe, expect, it } from 'vitest';
import { readPeriods, writePeriods } from './period-codes.ts';

describe('the period picker', () => {
  it('writes years of months in order, then the relative periods', () => {
    const codes = writePeriods({ type: 'month', years: [2019, 2020], parts: [], relative: ['LAST_12_MONTHS'], other: [] });
    expect(codes).toHaveLength(25);
    expect(codes.slice(0, 2)).toEqual(['201901', '201902']);
    expect(codes.at(-2)).toBe('202012');
    expect(codes.at(-1)).toBe('LAST_12_MONTHS');
  });

  it('reads back what it wrote: all months as no choice, some months, quarters, years', () => {
    for (const selection of [
      { type: 'month' as const, years: [2023], parts: [], relative: [], other: [] },
      { type: 'month' as const, years: [2022, 2023], parts: [1, 7], relative: ['THIS_YEAR' as const], other: [] },
      { type: 'quarter' as const, years: [2023], parts: [4], relative: [], other: [] },
      { type: 'year' as const, years: [2019, 2020, 2021], parts: [], relative: [], other: [] },
    ])
      expect(readPeriods(writePeriods(selection))).toEqual(selection);
  });

  it('keeps codes of another kind (weeks) untouched rather than dropping them', () => {
    const read = readPeriods(['2023W47', '202311', 'THIS_MONTH']);
    expect(read).toEqual({ type: 'month', years: [2023], parts: [11], relative: ['THIS_MONTH'], other: ['2023W47'] });
    expect(writePeriods(read)).toEqual(['202311', '2023W47', 'THIS_MONTH']);
  });

  it('reads no fixed period as no type', () => {
    expect(readPeriods(['LAST_5_YEARS']).type).toBeNull();
    expect(writePeriods({ type: null, years: [], parts: [], relative: ['LAST_5_YEARS'], other: [] })).toEqual(['LAST_5_YEARS']);
  });
});
