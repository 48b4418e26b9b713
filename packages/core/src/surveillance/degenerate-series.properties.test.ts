/** Whatever the series, every method answers a finite threshold or a reason, never an exception. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainThreshold } from './compute-threshold.ts';
import { THRESHOLD_METHODS } from './types.ts';

const count = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.constant(null) },
);

describe('degenerate series', () => {
  for (const method of THRESHOLD_METHODS) {
    it(`${method}: zeros, spikes, huge counts and gaps give a finite answer or a reason`, () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.array(count, { maxLength: 70 }), fc.array(count, { minLength: 265, maxLength: 330 })),
          fc.constantFrom<52 | 12>(52, 12),
          fc.integer({ min: -1, max: 3 }),
          (counts, frequency, back) => {
            const index = counts.length - 1 - back;
            const outcome = explainThreshold(method, { counts, frequency, index });
            if (!outcome.ok) return;
            const { expected, upper, alarm } = outcome.result;
            expect(Number.isFinite(expected) && Number.isFinite(upper)).toBe(true);
            expect(upper).toBeGreaterThanOrEqual(0);
            expect(alarm === null || alarm === counts[index]! > upper).toBe(true);
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});
