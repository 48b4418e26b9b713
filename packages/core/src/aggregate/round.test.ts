import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisons } from './comparisons.ts';
import { roundTo } from './round.ts';

describe('roundTo', () => {
  it.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.005, 2, 1.01],
    [1.45, 1, 1.5],
    [-1.45, 1, -1.5],
    [89.95, 1, 90],
    [90.04999, 1, 90],
    [123.456, 0, 123],
    [1e21, 2, 1e21],
    [-0.04, 1, 0],
  ])('roundTo(%d, %d) = %d', (value, decimals, expected) => {
    expect(Object.is(roundTo(value, decimals), expected)).toBe(true);
  });

  it('rejects decimals that are not a small whole number', () => {
    expect(() => roundTo(1, -1)).toThrow(RangeError);
    expect(() => roundTo(1, 1.5)).toThrow(RangeError);
  });

  it('moves a value by at most half a unit of the last place, and is odd', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        expect(Math.abs(roundTo(x, d) - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-6);
        expect(roundTo(-x, d)).toBe(0 - roundTo(x, d));
      }),
    );
  });
});

describe('comparisons', () => {
  it('gives the difference, direction and percent to one decimal', () => {
    expect(comparisons(130, 100)).toEqual({ difference: 30, direction: 'up', percent: 30 });
    expect(comparisons(2, 3)).toEqual({ difference: -1, direction: 'down', percent: -33.3 });
    expect(comparisons(5, 5)).toEqual({ difference: 0, direction: 'same', percent: 0 });
  });

  it('has no percent when the previous figure is 0', () => {
    expect(comparisons(4, 0)).toEqual({ difference: 4, direction: 'up', percent: null });
    expect(comparisons(0, 0)).toEqual({ difference: 0, direction: 'same', percent: null });
  });

  it('treats floating-point neighbours as the same', () => {
    expect(comparisons(0.1 + 0.2, 0.3)).toEqual({ difference: 0, direction: 'same', percent: 0 });
  });
});
