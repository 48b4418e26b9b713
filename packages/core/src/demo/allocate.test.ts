/** Laws of integer allocation: exact total, within caps, proportional within one unit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from './allocate.ts';

const cellsArb = fc.array(
  fc.record({ weight: fc.double({ min: 0, max: 100, noNaN: true }), cap: fc.integer({ min: 0, max: 50 }) }),
  { minLength: 1, maxLength: 12 },
);

describe('allocate', () => {
  it('hands out exactly the total, never above a cap or below zero', () => {
    fc.assert(
      fc.property(cellsArb, fc.double({ min: 0, max: 1, noNaN: true }), (cells, fill) => {
        const room = cells.reduce((s, c) => s + c.cap, 0);
        const total = Math.floor(room * fill);
        const shares = allocate(
          total,
          cells.map((c) => c.weight),
          cells.map((c) => c.cap),
        );
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        shares.forEach((s, i) => {
          expect(Number.isInteger(s)).toBe(true);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(cells[i]!.cap);
        });
      }),
    );
  });

  it('stays within one of the exact proportional share when nothing is capped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.nat(10_000),
        (weights, total) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          allocate(total, weights).forEach((s, i) => expect(Math.abs(s - (total * weights[i]!) / sum)).toBeLessThan(1));
        },
      ),
    );
  });

  it('shares evenly when every weight is zero, and refuses what the caps cannot hold', () => {
    expect(allocate(4, [0, 0, 0, 0])).toEqual([1, 1, 1, 1]);
    expect(allocate(3, [5, 1], [1, 5])).toEqual([1, 2]);
    expect(() => allocate(5, [1, 1], [2, 2])).toThrow(/caps/);
  });
});
