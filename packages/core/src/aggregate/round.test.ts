import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
