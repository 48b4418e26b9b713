import { describe, expect, it } from 'vitest';
import { estimateYear } from './estimate.ts';

const months = (...values: (number | null)[]) => values;

describe('estimateYear', () => {
  it('follows last year\'s months for a flow when last year is whole', () => {
    // Last year: 100 a month in the first half, 200 in the second (1,800 in all); this year 330 by March.
    const lastYear = months(100, 100, 100, 100, 100, 100, 200, 200, 200, 200, 200, 200);
    const estimate = estimateYear({ kind: 'flow', thisYear: months(100, 110, 120), lastYear });
    // 330 × 1,800 ÷ 300: the second half's rise is expected again, not a straight line (1,320).
    expect(estimate).toEqual({ value: 1980, method: 'LAST_YEAR_SHAPE' });
  });

  it('extrapolates in a straight line over the months reported when last year is not whole', () => {
    const lastYear = months(100, null, 100, 100, 100, 100, 200, 200, 200, 200, 200, 200);
    expect(estimateYear({ kind: 'flow', thisYear: months(100, 110, 120), lastYear })).toEqual({ value: 1320, method: 'LINEAR' });
    // A month not reported is not a zero: two months reported give 12 ÷ 2.
    expect(estimateYear({ kind: 'flow', thisYear: months(100, null, 120), lastYear: [] })).toEqual({ value: 1320, method: 'LINEAR' });
  });

  it('falls back to a straight line when last year had nothing in the same months', () => {
    const lastYear = months(0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5);
    expect(estimateYear({ kind: 'flow', thisYear: months(3, 0, 3), lastYear })).toEqual({ value: 24, method: 'LINEAR' });
  });

  it('takes a level\'s value to date as the year\'s, and estimates nothing from nothing', () => {
    expect(estimateYear({ kind: 'level', level: 96.4 })).toEqual({ value: 96.4, method: 'LEVEL_TO_DATE' });
    expect(estimateYear({ kind: 'level', level: null })).toBeNull();
    expect(estimateYear({ kind: 'flow', thisYear: months(null, null), lastYear: [] })).toBeNull();
  });
});
