import { describe, expect, it } from 'vitest';
import { median, medianAbsoluteDeviation, modifiedZScore, robustSpread } from './robust-stats.ts';

describe('robust statistics', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('is not moved by one wild value', () => {
    expect(median([2, 3, 4, 1_000_000_000])).toBe(3.5);
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 100])).toBe(1);
  });

  it('floors the spread of counts at √median and at 1', () => {
    expect(robustSpread([0, 0, 0, 0, 1])).toBe(1);
    expect(robustSpread([100, 100, 100, 100])).toBe(10);
    expect(robustSpread([10, 20, 30, 40, 50])).toBeCloseTo(1.4826 * 10);
  });

  it('scores a value by robust spreads from the median', () => {
    expect(modifiedZScore(8, [0, 0, 0, 0, 1])).toBe(8);
    expect(modifiedZScore(1_000_000_000, [1, 2, 3, 2, 1])).toBeGreaterThan(1e8);
  });
});
