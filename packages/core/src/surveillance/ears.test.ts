import { describe, expect, it } from 'vitest';
import { computeThreshold, explainThreshold } from './compute-threshold.ts';
import { SALM_NEWPORT_FIRST_2011, SALM_NEWPORT_GERMANY } from './fixtures/salm-newport-germany.ts';
import { qnorm } from './normal-quantile.ts';

const weekly = (counts: readonly (number | null)[], index: number) => ({ counts, frequency: 52 as const, index });

/** mean and sample SD of the given numbers, straight from the definitions. */
function meanSd(xs: readonly number[]): { mean: number; sd: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
  return { mean, sd };
}

describe('EARS as R surveillance::earsC', () => {
  it('reproduces the upper bounds of test-earsC.R on salmNewport (C1, alpha 0.05, 2011-W01..W04)', () => {
    const expected = [3.278854, 3.278854, 3.436517, 3.855617];
    expected.forEach((value, k) => {
      const result = computeThreshold('EARS_C1', weekly(SALM_NEWPORT_GERMANY, SALM_NEWPORT_FIRST_2011 + k), {
        ears: { alpha: 0.05 },
      });
      expect(result!.upper).toBeCloseTo(value, 6);
    });
  });

  it('C2 is the mean + qnorm(0.999)·sd of the 7 weeks before a 2-week guard band', () => {
    const y = SALM_NEWPORT_GERMANY;
    for (let t = SALM_NEWPORT_FIRST_2011; t < SALM_NEWPORT_FIRST_2011 + 52; t++) {
      const { mean, sd } = meanSd(y.slice(t - 9, t - 2));
      const result = computeThreshold('EARS_C2', weekly(y, t))!;
      expect(result.expected).toBeCloseTo(mean, 10);
      expect(result.upper).toBeCloseTo(mean + 3.090232306167813 * sd, 9);
      expect(result.alarm).toBe(y[t]! > result.upper);
    }
  });

  it("C3 follows R's code: observed + sd·(z − lagged excess), at least 0, z = qnorm(0.975)", () => {
    const y = SALM_NEWPORT_GERMANY;
    const c2 = (t: number) => {
      const { mean, sd } = meanSd(y.slice(t - 9, t - 2));
      return { mean, sd, z: (y[t]! - mean) / sd };
    };
    for (let t = SALM_NEWPORT_FIRST_2011; t < SALM_NEWPORT_FIRST_2011 + 52; t++) {
      const lagged = Math.max(0, c2(t - 2).z - 1) + Math.max(0, c2(t - 1).z - 1);
      const upper = Math.max(0, y[t]! + c2(t).sd * (1.959963984540054 - lagged));
      expect(computeThreshold('EARS_C3', weekly(y, t))!.upper).toBeCloseTo(upper, 9);
    }
  });

  it('alpha, baseline and minSigma change the bound as in R', () => {
    const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(computeThreshold('EARS_C1', weekly(counts, 10))!.upper).toBe(0);
    const floored = computeThreshold('EARS_C1', weekly(counts, 10), { ears: { minSigma: 0.5 } })!;
    expect(floored.upper).toBeCloseTo(qnorm(0.999) * 0.5, 12);
    expect(floored.alarm).toBe(false);
    const y = SALM_NEWPORT_GERMANY;
    const { mean, sd } = meanSd(y.slice(390, 400));
    expect(computeThreshold('EARS_C1', weekly(y, 400), { ears: { baseline: 10, alpha: 0.01 } })!.upper).toBeCloseTo(
      mean + qnorm(0.99) * sd,
      10,
    );
  });
});

describe("earsC's option checks and range (test-earsC.R)", () => {
  const at = (index: number) => weekly(SALM_NEWPORT_GERMANY, index);

  it('refuses a baseline below 3 and a negative minSigma', () => {
    expect(() => computeThreshold('EARS_C1', at(500), { ears: { baseline: 2 } })).toThrow(RangeError);
    expect(() => computeThreshold('EARS_C1', at(500), { ears: { minSigma: -2 } })).toThrow(RangeError);
  });

  it('has no threshold when the series is shorter than the baseline (baseline 1500)', () => {
    expect(explainThreshold('EARS_C1', at(SALM_NEWPORT_FIRST_2011), { ears: { baseline: 1500 } })).toEqual({
      ok: false,
      reason: 'HISTORY_TOO_SHORT',
    });
  });

  it('judges length − baseline periods with baseline 10', () => {
    let judged = 0;
    for (let t = 0; t < SALM_NEWPORT_GERMANY.length; t++) {
      if (computeThreshold('EARS_C1', at(t), { ears: { baseline: 10 } }) !== null) judged++;
    }
    expect(judged).toBe(SALM_NEWPORT_GERMANY.length - 10);
  });
});

describe('EARS history and missing counts', () => {
  it('needs baseline (+2 for C2, +4 for C3) earlier periods', () => {
    const counts = Array.from({ length: 20 }, (_, i) => i % 3);
    expect(explainThreshold('EARS_C1', weekly(counts, 6))).toEqual({ ok: false, reason: 'HISTORY_TOO_SHORT' });
    expect(computeThreshold('EARS_C1', weekly(counts, 7))).not.toBeNull();
    expect(computeThreshold('EARS_C2', weekly(counts, 8))).toBeNull();
    expect(computeThreshold('EARS_C2', weekly(counts, 9))).not.toBeNull();
    expect(computeThreshold('EARS_C3', weekly(counts, 10))).toBeNull();
    expect(computeThreshold('EARS_C3', weekly(counts, 11))).not.toBeNull();
    expect(explainThreshold('EARS_C1', weekly(counts, 20))).toEqual({ ok: false, reason: 'INDEX_OUT_OF_RANGE' });
  });

  it('leaves a missing baseline count out instead of reading it as zero', () => {
    const counts = [4, 6, null, 5, 7, 3, 5, 9];
    const result = computeThreshold('EARS_C1', weekly(counts, 7))!;
    const { mean, sd } = meanSd([4, 6, 5, 7, 3, 5]);
    expect(result.expected).toBeCloseTo(mean, 12);
    expect(result.upper).toBeCloseTo(mean + qnorm(0.999) * sd, 12);
    expect(result.baselineSize).toBe(6);
  });

  it('gives no threshold when fewer than 3 baseline counts are reported', () => {
    const counts = [null, null, null, null, null, 3, 5, 9];
    expect(explainThreshold('EARS_C1', weekly(counts, 7))).toEqual({ ok: false, reason: 'TOO_MANY_MISSING' });
  });

  it('answers null for the alarm of a missing judged count, but keeps the threshold', () => {
    const counts = [4, 6, 2, 5, 7, 3, 5, null];
    const result = computeThreshold('EARS_C1', weekly(counts, 7))!;
    expect(result.alarm).toBeNull();
    expect(result.upper).toBeGreaterThan(0);
  });
});

describe("published C3 against R's C3", () => {
  // Seven quiet weeks, two ordinary ones, then a sudden spike in the judged week.
  const spike = [2, 3, 2, 3, 2, 3, 2, 3, 2, 2, 2, 20];
  const rest = [2, 3, 2, 3, 2, 3, 2];
  const { mean, sd } = meanSd(rest);

  it('the published C3 alarms on a spike in the judged week', () => {
    const published = computeThreshold('EARS_C3', weekly(spike, 11), { ears: { definition: 'published' } })!;
    // C2(t−1), C2(t−2) are below 1, so C3(t) = C2(t) − 1 > 2 ⇔ y > mean + 3·sd.
    expect(published.upper).toBeCloseTo(mean + 3 * sd, 12);
    expect(published.alarm).toBe(true);
  });

  it("R's C3 ignores the judged week: its bound is observed + sd·z, so the same spike raises nothing", () => {
    const r = computeThreshold('EARS_C3', weekly(spike, 11))!;
    expect(r.upper).toBeCloseTo(20 + sd * 1.959963984540054, 12);
    expect(r.alarm).toBe(false);
  });

  it('R alarms after two raised weeks whatever the (non-zero) judged count; the published definition needs the sum', () => {
    const raised = [2, 3, 2, 3, 2, 3, 2, 3, 2, 9, 9, 1];
    expect(computeThreshold('EARS_C3', weekly(raised, 11))!.alarm).toBe(true);
    const published = computeThreshold('EARS_C3', weekly(raised, 11), { ears: { definition: 'published' } })!;
    // Both previous weeks exceed the limit alone: any count alarms, the bound lies below zero.
    expect(published.alarm).toBe(true);
    expect(published.upper).toBeLessThan(0);
  });

  it('the published C1 and C2 use the limit 3 instead of qnorm(0.999)', () => {
    const y = SALM_NEWPORT_GERMANY;
    const t = SALM_NEWPORT_FIRST_2011 + 10;
    const c1 = meanSd(y.slice(t - 7, t));
    const result = computeThreshold('EARS_C1', weekly(y, t), { ears: { definition: 'published' } })!;
    expect(result.upper).toBeCloseTo(c1.mean + 3 * c1.sd, 12);
  });
});
