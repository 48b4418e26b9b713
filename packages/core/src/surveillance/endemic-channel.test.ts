import { describe, expect, it } from 'vitest';
import { computeThreshold, explainThreshold } from './compute-threshold.ts';
import { endemicChannelCurve } from './endemic-channel.ts';
import { quantileType7 } from './quantile.ts';

/** Six years of monthly counts where January of year k (0-based) is jan[k] and every other month is 1. */
function monthly(jan: readonly (number | null)[]): (number | null)[] {
  return jan.flatMap((value) => [value, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
}

describe('quantileType7', () => {
  it("interpolates as R's type 7: h = (n − 1)p between order statistics", () => {
    expect(quantileType7([1, 3, 5, 7, 9], 0.25)).toBe(3);
    expect(quantileType7([1, 3, 5, 7, 9], 0.75)).toBe(7);
    // n = 4: h = 0.75 → x1 + 0.75·(x2 − x1); h = 2.25 → x3 + 0.25·(x4 − x3).
    expect(quantileType7([2, 4, 10, 30], 0.25)).toBe(2 + 0.75 * 2);
    expect(quantileType7([2, 4, 10, 30], 0.75)).toBe(10 + 0.25 * 20);
    expect(quantileType7([2, 4, 10, 30], 0.5)).toBe(7);
  });
});

describe('endemic channel', () => {
  it('takes the same month of the five previous years: median expected, Q3 the threshold', () => {
    const counts = monthly([5, 1, 9, 3, 7, 8]);
    const result = computeThreshold('ENDEMIC_CHANNEL', { counts, frequency: 12, index: 60 })!;
    expect(result.channel).toEqual({ q1: 3, median: 5, q3: 7 });
    expect(result.expected).toBe(5);
    expect(result.upper).toBe(7);
    expect(result.alarm).toBe(true);
    expect(result.baselineSize).toBe(5);
  });

  it('uses only the last five years when more exist', () => {
    const counts = monthly([100, 5, 1, 9, 3, 7, 7]);
    expect(computeThreshold('ENDEMIC_CHANNEL', { counts, frequency: 12, index: 72 })!.upper).toBe(7);
    expect(computeThreshold('ENDEMIC_CHANNEL', { counts, frequency: 12, index: 72 })!.alarm).toBe(false);
    const seven = computeThreshold(
      'ENDEMIC_CHANNEL',
      { counts, frequency: 12, index: 72 },
      { endemicChannel: { years: 7 } },
    );
    expect(seven!.upper).toBe(quantileType7([1, 3, 5, 7, 9, 100], 0.75));
  });

  it('works with three years, not fewer', () => {
    const counts = monthly([2, 4, 10, 30]);
    expect(computeThreshold('ENDEMIC_CHANNEL', { counts, frequency: 12, index: 36 })!.channel).toEqual({
      q1: 3,
      median: 4,
      q3: 7,
    });
    expect(explainThreshold('ENDEMIC_CHANNEL', { counts, frequency: 12, index: 35 })).toEqual({
      ok: false,
      reason: 'HISTORY_TOO_SHORT',
    });
  });

  it('leaves out years whose month is missing, and needs three reported ones', () => {
    const counts = monthly([2, null, 4, 10, 30, 0]);
    expect(computeThreshold('ENDEMIC_CHANNEL', { counts, frequency: 12, index: 60 })!.channel).toEqual({
      q1: 3.5,
      median: 7,
      q3: 15,
    });
    const sparse = monthly([2, null, null, null, 30, 0]);
    expect(explainThreshold('ENDEMIC_CHANNEL', { counts: sparse, frequency: 12, index: 60 })).toEqual({
      ok: false,
      reason: 'TOO_MANY_MISSING',
    });
  });

  it('follows ISO week numbers across a 53-week year when weekOfYear is given', () => {
    // Years of 52, 53, 52, 52 weeks; the judged period is week 10 of the fifth year.
    const lengths = [52, 53, 52, 52, 52];
    const weekOfYear = lengths.flatMap((n) => Array.from({ length: n }, (_, i) => i + 1));
    const counts = weekOfYear.map((w, i) => (w === 10 ? 100 + i : 0));
    const index = weekOfYear.length - 52 + 9;
    const result = computeThreshold('ENDEMIC_CHANNEL', { counts, frequency: 52, index, weekOfYear })!;
    const previous = [9, 52 + 9, 105 + 9, 157 + 9].map((i) => 100 + i).sort((a, b) => a - b);
    expect(result.expected).toBe(quantileType7(previous, 0.5));
    // Without week numbers a year back is 52 periods, which misses week 10 before the 53-week year.
    const plain = computeThreshold('ENDEMIC_CHANNEL', { counts, frequency: 52, index })!;
    expect(plain.expected).not.toBe(result.expected);
  });

  it('compares week 53 with week 52 of years without a week 53', () => {
    const lengths = [52, 52, 52, 53];
    const weekOfYear = lengths.flatMap((n) => Array.from({ length: n }, (_, i) => i + 1));
    const counts = weekOfYear.map((w, i) => (w >= 52 ? i : 0));
    const index = weekOfYear.length - 1;
    const result = computeThreshold('ENDEMIC_CHANNEL', { counts, frequency: 52, index, weekOfYear })!;
    expect(result.channel).toEqual({ q1: 51 + 26, median: 103, q3: 103 + 26 });
  });

  it('draws a channel for every month of a year, also months not yet reported', () => {
    const counts = monthly([5, 1, 9, 3, 7]).concat([4, 2]);
    const curve = endemicChannelCurve({ counts, frequency: 12 }, 60);
    expect(curve).toHaveLength(12);
    expect(curve[0]).toEqual({ q1: 3, median: 5, q3: 7, years: 5 });
    expect(curve[11]).toEqual({ q1: 1, median: 1, q3: 1, years: 5 });
    expect(endemicChannelCurve({ counts, frequency: 12 }, 24)[0]).toBeNull();
  });
});

describe('endemic channel, geometric-mean method', () => {
  it('is exp(m ± t·s/√n) − 1 on ln(x + 1), t the 97.5 % Student quantile with n − 1 df', () => {
    // Three years: t with 2 df has the closed form (2p − 1)/√(2p(1 − p)).
    const counts = monthly([4, 9, 19, 7]);
    const logs = [4, 9, 19].map((v) => Math.log(v + 1));
    const m = logs.reduce((a, b) => a + b, 0) / 3;
    const s = Math.sqrt(logs.reduce((a, v) => a + (v - m) ** 2, 0) / 2);
    const t = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
    const result = computeThreshold(
      'ENDEMIC_CHANNEL',
      { counts, frequency: 12, index: 36 },
      { endemicChannel: { method: 'geometricMean' } },
    )!;
    expect(result.expected).toBeCloseTo(Math.exp(m) - 1, 10);
    expect(result.upper).toBeCloseTo(Math.exp(m + (t * s) / Math.sqrt(3)) - 1, 10);
    expect(result.channel!.q1).toBeCloseTo(Math.exp(m - (t * s) / Math.sqrt(3)) - 1, 10);
    expect(result.alarm).toBe(false);
  });
});
