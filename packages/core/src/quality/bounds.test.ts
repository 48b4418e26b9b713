import { describe, expect, it } from 'vitest';
import { boundsFromSample, generateSeriesBounds, isSeasonal, type MonthlyValue } from './bounds.ts';

const months = (from: number, values: number[]): MonthlyValue[] =>
  values.map((value, i) => {
    const n = from * 12 + i;
    return { period: `${Math.floor(n / 12)}${String((n % 12) + 1).padStart(2, '0')}`, value };
  });

describe('bounds from a sample', () => {
  it('is median ± 3.5 robust spreads, rounded outward and never below 0', () => {
    // median 20, MAD 10 → spread 14.826 → 20 ± 51.9
    expect(boundsFromSample([10, 20, 30, 10, 20, 30, 20])).toEqual({ min: 0, max: 71 });
    expect(boundsFromSample([100, 100, 100, 100, 100, 100])).toEqual({ min: 65, max: 135 });
  });

  it('gives a rare event room for a few cases, not none', () => {
    expect(boundsFromSample([0, 0, 0, 0, 0, 0, 1])).toEqual({ min: 0, max: 3 });
  });

  it('is not moved by a wild value in the history', () => {
    expect(boundsFromSample([2, 3, 1, 2, 3, 2, 1_000_000_000])).toEqual(boundsFromSample([2, 3, 1, 2, 3, 2, 3]));
  });

  it('gives nothing for fewer than 6 values', () => {
    expect(boundsFromSample([1, 2, 3, 4, 5])).toBeUndefined();
  });
});

describe('bounds of a series', () => {
  it('uses the last 12 stored values when the element is not seasonal', () => {
    const history = months(2022, [...Array(12).fill(500), ...Array(12).fill(5)]);
    expect(generateSeriesBounds(history, false)).toEqual([{ month: 0, min: 0, max: 12 }]);
  });

  it('gives each month its own pair from the same and neighbouring months of past years when seasonal', () => {
    const year = [1, 1, 1, 2, 5, 20, 40, 40, 20, 5, 2, 1];
    const bounds = generateSeriesBounds(months(2019, [...year, ...year, ...year]), true);
    expect(bounds).toHaveLength(12);
    const july = bounds.find((b) => b.month === 7)!;
    const january = bounds.find((b) => b.month === 1)!;
    expect(july.max).toBeGreaterThan(40);
    expect(january.max).toBeLessThan(20);
  });

  it('gives no bounds for a series that is too short', () => {
    expect(generateSeriesBounds(months(2023, [1, 2, 3]), false)).toEqual([]);
  });
});

describe('seasonality', () => {
  it('sees a rainy-season peak, not a flat count or a sparse one', () => {
    const dengue = [2, 1, 1, 3, 10, 30, 60, 70, 40, 15, 5, 3];
    expect(isSeasonal(months(2021, [...dengue, ...dengue, ...dengue]))).toBe(true);
    const flat = [20, 22, 19, 21, 20, 23, 18, 20, 21, 22, 19, 20];
    expect(isSeasonal(months(2021, [...flat, ...flat, ...flat]))).toBe(false);
    const sparse = [0, 0, 0, 1, 0, 3, 0, 0, 0, 0, 1, 0];
    expect(isSeasonal(months(2021, [...sparse, ...sparse, ...sparse]))).toBe(false);
    expect(isSeasonal(months(2023, dengue))).toBe(false);
  });
});
