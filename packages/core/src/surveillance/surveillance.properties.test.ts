/** Laws every threshold keeps, checked over arbitrary count series. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeThreshold, explainThreshold, type ThresholdOptions } from './compute-threshold.ts';
import { quantileType7 } from './quantile.ts';
import { THRESHOLD_METHODS, type ThresholdMethod } from './types.ts';

// The 5-in-4 rule lowers the bar once recent weeks hold cases, on purpose; the laws concern the statistical bound.
const OPTIONS: ThresholdOptions = {
  ears: { definition: 'published' },
  farrington: { limit54: [0, 1] },
  farringtonFlexible: { limit54: [0, 1] },
};
// Farrington's bound rests on the overdispersion φ = variance/mean: adding a constant makes a series relatively less
// overdispersed, which can lower the original method's bound (shown below), and reweighting and the trend choice
// adapt to the data. The additive law holds for the channel, EARS and the flexible method's plain fit.
const ADDITIVE: readonly ThresholdMethod[] = [
  'ENDEMIC_CHANNEL',
  'EARS_C1',
  'EARS_C2',
  'EARS_C3',
  'FARRINGTON_FLEXIBLE',
];
const PLAIN: ThresholdOptions = { ...OPTIONS, farringtonFlexible: { limit54: [0, 1], reweight: false, trend: false } };

/** Five years and a bit of weekly counts, judged at the last week. */
const weeklySeries = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 5 * 52 + 4, maxLength: 5 * 52 + 12 });
const monthlySeries = fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 5 * 12 + 1, maxLength: 6 * 12 });

function upperOf(
  method: ThresholdMethod,
  counts: readonly number[],
  frequency: 52 | 12,
  options = OPTIONS,
): number | null {
  return computeThreshold(method, { counts, frequency, index: counts.length - 1 }, options)?.upper ?? null;
}

/** The history transformed, the judged count kept. */
const transformHistory = (counts: readonly number[], f: (v: number) => number) =>
  counts.map((v, i) => (i < counts.length - 1 ? f(v) : v));

describe('thresholds do not fall when the history grows in the same shape', () => {
  for (const method of THRESHOLD_METHODS) {
    it(`${method}: scaling every past count by c ≥ 1`, () => {
      fc.assert(
        fc.property(fc.oneof(weeklySeries, monthlySeries), fc.integer({ min: 1, max: 4 }), (counts, c) => {
          const frequency = counts.length > 100 ? 52 : 12;
          const before = upperOf(method, counts, frequency);
          const after = upperOf(
            method,
            transformHistory(counts, (v) => v * c),
            frequency,
          );
          if (before !== null && after !== null)
            expect(after).toBeGreaterThanOrEqual(before - 1e-9 * Math.max(1, before));
        }),
        { numRuns: 100 },
      );
    });
  }
  for (const method of ADDITIVE) {
    it(`${method}: adding a constant a ≥ 0 to every past count`, () => {
      fc.assert(
        fc.property(fc.oneof(weeklySeries, monthlySeries), fc.integer({ min: 0, max: 30 }), (counts, a) => {
          const frequency = counts.length > 100 ? 52 : 12;
          const before = upperOf(method, counts, frequency, PLAIN);
          const after = upperOf(
            method,
            transformHistory(counts, (v) => v + a),
            frequency,
            PLAIN,
          );
          if (before !== null && after !== null)
            expect(after).toBeGreaterThanOrEqual(before - 1e-9 * Math.max(1, before));
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe('where the additive law does not hold', () => {
  const plain = { limit54: [0, 1] as const, reweight: false, trend: false };
  const plusOne = (counts: readonly number[]) => transformHistory(counts, (v) => v + 1);

  it('Farrington: one case more every month lowers the bound after a single outbreak, as φ falls', () => {
    const counts = Array.from({ length: 64 }, (_, i) => (i === 53 ? 9 : 0));
    const before = computeThreshold('FARRINGTON', { counts, frequency: 12, index: 63 }, { farrington: plain })!;
    const after = computeThreshold(
      'FARRINGTON',
      { counts: plusOne(counts), frequency: 12, index: 63 },
      { farrington: plain },
    )!;
    expect(after.model!.phi).toBeLessThan(before.model!.phi);
    expect(after.upper).toBeLessThan(before.upper);
  });

  it("R's EARS C3: raising the two previous weeks lowers the bound (it subtracts their excess)", () => {
    const counts = [2, 3, 2, 3, 2, 3, 2, 3, 2, 4, 4, 3];
    const before = upperOf('EARS_C3', counts, 52, {})!;
    const after = upperOf(
      'EARS_C3',
      transformHistory(counts, (v) => v * 2),
      52,
      {},
    )!;
    expect(after).toBeLessThan(before);
  });
});

describe('a missing count is left out, never read as zero', () => {
  const withHoles = fc
    .array(fc.option(fc.integer({ min: 0, max: 40 }), { freq: 4 }), { minLength: 12, maxLength: 12 })
    .map((counts) => counts.map((v) => (v === null ? null : v)));

  it('EARS C1: expected is the mean of the reported counts of the 7 weeks before', () => {
    fc.assert(
      fc.property(withHoles, (counts) => {
        const reported = counts.slice(4, 11).filter((v): v is number => v !== null);
        const result = computeThreshold('EARS_C1', { counts, frequency: 52, index: 11 });
        if (reported.length < 3) expect(result).toBeNull();
        else expect(result!.expected).toBeCloseTo(reported.reduce((a, b) => a + b, 0) / reported.length, 10);
      }),
    );
  });

  it('endemic channel: the quartiles of the reported same months', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 99 }), { freq: 3 }), { minLength: 6, maxLength: 6 }),
        (januaries) => {
          const counts = januaries.flatMap((v) => [v, ...new Array<number>(11).fill(1)]);
          const reported = januaries
            .slice(0, 5)
            .filter((v): v is number => v !== null)
            .sort((a, b) => a - b);
          const result = computeThreshold('ENDEMIC_CHANNEL', { counts, frequency: 12, index: 60 });
          if (reported.length < 3) expect(result).toBeNull();
          else
            expect(result!.channel).toEqual({
              q1: quantileType7(reported, 0.25),
              median: quantileType7(reported, 0.5),
              q3: quantileType7(reported, 0.75),
            });
        },
      ),
    );
  });

  it('Farrington: the baseline counts only reported periods, and a missing count differs from a zero', () => {
    fc.assert(
      fc.property(weeklySeries, fc.integer({ min: 0, max: 6 }), (counts, d) => {
        const k = counts.length - 1;
        const hole = k - 52 - 3 + d;
        const missing: (number | null)[] = counts.slice();
        missing[hole] = null;
        const zero = counts.slice();
        zero[hole] = 0;
        const a = computeThreshold('FARRINGTON', { counts: missing, frequency: 52, index: k }, OPTIONS);
        const b = computeThreshold('FARRINGTON', { counts: zero, frequency: 52, index: k }, OPTIONS);
        if (a === null || b === null) return;
        expect(a.baselineSize).toBe(b.baselineSize! - 1);
      }),
      { numRuns: 100 },
    );
  });
});

describe('too short a history gives no threshold', () => {
  const needed: Record<ThresholdMethod, (frequency: 52 | 12) => number> = {
    ENDEMIC_CHANNEL: (f) => 3 * f,
    EARS_C1: () => 7,
    EARS_C2: () => 9,
    EARS_C3: () => 11,
    FARRINGTON: (f) => 5 * f + 3,
    FARRINGTON_FLEXIBLE: (f) => 5 * f + (f === 12 ? 1 : 3),
  };
  for (const method of THRESHOLD_METHODS) {
    it(`${method}`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom<52 | 12>(52, 12),
          fc.nat({ max: 1000 }),
          fc.integer({ min: 0, max: 40 }),
          (frequency, seed, level) => {
            const index = seed % needed[method](frequency);
            const counts = Array.from({ length: index + 1 }, (_, i) => level + (i % 3));
            expect(explainThreshold(method, { counts, frequency, index })).toEqual({
              ok: false,
              reason: 'HISTORY_TOO_SHORT',
            });
            const longer = Array.from({ length: needed[method](frequency) + 1 }, (_, i) => level + (i % 3));
            expect(explainThreshold(method, { counts: longer, frequency, index: longer.length - 1 }).ok).toBe(true);
          },
        ),
        { numRuns: 30 },
      );
    });
  }
});
