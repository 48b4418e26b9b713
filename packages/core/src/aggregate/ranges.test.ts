import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../period/index.ts';
import {
  daysInRange,
  monthRange,
  samePeriodLastYearRange,
  shiftRange,
  startsInRange,
  yearToDateRange,
} from './ranges.ts';
import type { PeriodRange } from './types.ts';

const codes = (r: PeriodRange) => [r.from.code, r.to.code];
const p = parsePeriod;

describe('ranges', () => {
  it('monthRange covers a period with months', () => {
    expect(codes(monthRange(p('202402')))).toEqual(['202402', '202402']);
    expect(codes(monthRange(p('2024Q2')))).toEqual(['202404', '202406']);
    expect(codes(monthRange(p('2024')))).toEqual(['202401', '202412']);
  });

  it('yearToDateRange runs from the first period of the year', () => {
    expect(codes(yearToDateRange(p('202403')))).toEqual(['202401', '202403']);
    expect(codes(yearToDateRange(p('2024Q3')))).toEqual(['2024Q1', '2024Q3']);
  });

  it('samePeriodLastYearRange moves both ends back a year', () => {
    expect(codes(samePeriodLastYearRange(yearToDateRange(p('202402'))))).toEqual(['202301', '202302']);
  });

  it('shiftRange steps both ends in their own type', () => {
    expect(codes(shiftRange({ from: p('202401'), to: p('202403') }, -1))).toEqual(['202312', '202402']);
  });

  it('daysInRange sums the days of the periods', () => {
    expect(daysInRange(yearToDateRange(p('202402')))).toBe(60);
    expect(daysInRange(yearToDateRange(p('202302')))).toBe(59);
    expect(daysInRange(monthRange(p('2024Q1')))).toBe(91);
    expect(daysInRange({ from: p('202403'), to: p('202401') })).toBe(0);
  });

  it('startsInRange looks at the start date only', () => {
    const febToMar = { from: p('202402'), to: p('202403') };
    expect(startsInRange(p('202402'), febToMar)).toBe(true);
    expect(startsInRange(p('2024W09'), febToMar)).toBe(true); // 2024-02-26..03-03
    expect(startsInRange(p('2024W05'), febToMar)).toBe(false); // 2024-01-29..02-04
    expect(startsInRange(p('202404'), febToMar)).toBe(false);
  });
});
