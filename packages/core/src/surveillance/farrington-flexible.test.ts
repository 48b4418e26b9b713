import { describe, expect, it } from 'vitest';
import { computeThreshold, explainThreshold } from './compute-threshold.ts';
import { SALMONELLA_AGONA } from './fixtures/salmonella-agona.ts';
import { SALM_NEWPORT_GERMANY } from './fixtures/salm-newport-germany.ts';
import { qnorm } from './normal-quantile.ts';

const weekly = (counts: readonly (number | null)[], index: number) => ({ counts, frequency: 52 as const, index });

/** |a − b| ≤ 1e-5·b: R's glm.fit, and so this fit, stops within about 1e-6 of the exact optimum. */
function expectNear(actual: number, exact: number): void {
  expect(Math.abs(actual - exact)).toBeLessThanOrEqual(1e-5 * Math.abs(exact));
}

/** Noufaily et al.'s delta-method bound on the 2/3-power scale, one-sided. */
function deltaUpper(mu0: number, se2: number, phi: number, alpha: number): number {
  const tau = phi + se2 / mu0;
  return (mu0 ** (2 / 3) + qnorm(1 - alpha) * Math.sqrt((4 / 9) * mu0 ** (1 / 3) * tau)) ** 1.5;
}

describe('farringtonFlexible, original-method options (noPeriods 1, no trend): closed forms', () => {
  const y = SALM_NEWPORT_GERMANY;
  /** The 5 reference windows of 7 weeks; the judged week's own window is left out (pastWeeksNotIncluded = w). */
  const windows = (k: number) =>
    [5, 4, 3, 2, 1].flatMap((year) => [-3, -2, -1, 0, 1, 2, 3].map((d) => y[k - 52 * year + d]!));

  it("without reweighting, R's prediction se uses the unfloored Pearson dispersion", () => {
    for (const k of [400, 450, 500]) {
      const base = windows(k);
      const n = base.length;
      const mean = base.reduce((a, b) => a + b, 0) / n;
      const pearson = base.reduce((a, v) => a + (v - mean) ** 2 / mean, 0) / (n - 1);
      const phi = Math.max(1, pearson);
      const result = computeThreshold('FARRINGTON_FLEXIBLE', weekly(y, k), {
        farringtonFlexible: { preset: 'R', trend: false, reweight: false },
      })!;
      expectNear(result.expected, mean);
      expectNear(result.model!.predictionUpper, deltaUpper(mean, (mean * pearson) / n, phi, 0.05));
    }
  });

  it("with reweighting, R's se uses Σω·((y − μ)/μ)²/(n − 1), the prior weights in place of the working ones", () => {
    for (const k of [400, 450, 500]) {
      const base = windows(k);
      const n = base.length;
      const mean = base.reduce((a, b) => a + b, 0) / n;
      const phi1 = Math.max(1, base.reduce((a, v) => a + (v - mean) ** 2 / mean, 0) / (n - 1));
      const s = base.map(
        (v) => (1.5 * (v ** (2 / 3) * mean ** (-1 / 6) - Math.sqrt(mean))) / Math.sqrt(phi1 * (1 - 1 / n)),
      );
      const raw = s.map((si) => (si > 2.58 ? si ** -2 : 1));
      const gamma = n / raw.reduce((a, b) => a + b, 0);
      const omega = raw.map((r) => gamma * r);
      const sumOmega = omega.reduce((a, b) => a + b, 0);
      const mu0 = omega.reduce((a, w, i) => a + w * base[i]!, 0) / sumOmega;
      const phi = Math.max(1, omega.reduce((a, w, i) => a + (w * (base[i]! - mu0) ** 2) / mu0, 0) / (n - 1));
      const quirk = omega.reduce((a, w, i) => a + (w * (base[i]! - mu0) ** 2) / mu0 ** 2, 0) / (n - 1);
      const result = computeThreshold('FARRINGTON_FLEXIBLE', weekly(y, k), {
        farringtonFlexible: { preset: 'R', trend: false },
      })!;
      expectNear(result.expected, mu0);
      expectNear(result.model!.phi, phi);
      expectNear(result.model!.predictionUpper, deltaUpper(mu0, (mu0 * quirk) / sumOmega, phi, 0.05));
    }
  });
});

describe("farringtonFlexible as R's tests use it", () => {
  it('there are only alarms when expected (salmonella.agona, nbPlugin, alpha 0.1)', () => {
    let judged = 0;
    for (let k = 52 * 5 + 3; k < SALMONELLA_AGONA.length; k++) {
      const result = computeThreshold('FARRINGTON_FLEXIBLE', weekly(SALMONELLA_AGONA, k), {
        farringtonFlexible: { preset: 'R', thresholdMethod: 'nbPlugin', alpha: 0.1 },
      });
      if (result === null) continue;
      judged++;
      const observed = SALMONELLA_AGONA[k]!;
      if (observed === 0) expect(result.alarm).toBe(false);
      expect(result.alarm).toBe(observed > result.upper);
    }
    expect(judged).toBe(SALMONELLA_AGONA.length - (52 * 5 + 3));
  });

  it('errs when the reference years reach before the series (b = 10 at week 250)', () => {
    const control = {
      preset: 'R' as const,
      b: 10,
      noPeriods: 10,
      pastWeeksNotIncluded: 26,
      thresholdMethod: 'muan' as const,
    };
    expect(
      explainThreshold('FARRINGTON_FLEXIBLE', weekly(SALMONELLA_AGONA, 249), { farringtonFlexible: control }),
    ).toEqual({
      ok: false,
      reason: 'HISTORY_TOO_SHORT',
    });
  });

  it('no time trend with fewer than 3 years', () => {
    const options = { farringtonFlexible: { preset: 'R' as const, b: 2, pThresholdTrend: 1 } };
    expect(computeThreshold('FARRINGTON_FLEXIBLE', weekly(SALM_NEWPORT_GERMANY, 450), options)!.model!.trend).toBe(
      false,
    );
  });

  it('a series of zeros with one case gives no error', () => {
    const series = new Array<number>(698).fill(0);
    series[695] = 1;
    const control = {
      b: 5,
      w: 4,
      noPeriods: 10,
      alpha: 0.01,
      pastWeeksNotIncluded: 26,
      pThresholdTrend: 1,
      thresholdMethod: 'nbPlugin' as const,
      limit54: [4, 5] as const,
    };
    for (const k of [696, 697]) {
      const outcome = explainThreshold('FARRINGTON_FLEXIBLE', weekly(series, k), { farringtonFlexible: control });
      if (outcome.ok) expect(outcome.result.alarm).toBe(false);
    }
  });

  it('missing counts in the baseline give no error', () => {
    const series: (number | null)[] = Array.from({ length: 698 }, (_, i) => 30 + ((i * 37) % 100) + ((i * 11) % 7));
    const control = {
      b: 5,
      w: 4,
      noPeriods: 10,
      alpha: 0.01,
      pastWeeksNotIncluded: 4,
      thresholdMethod: 'nbPlugin' as const,
      limit54: [4, 5] as const,
    };
    const before = computeThreshold('FARRINGTON_FLEXIBLE', weekly(series, 697), { farringtonFlexible: control })!;
    for (let i = 679; i < 690; i++) series[i] = null;
    const after = computeThreshold('FARRINGTON_FLEXIBLE', weekly(series, 697), { farringtonFlexible: control })!;
    expect(after.baselineSize).toBe(before.baselineSize! - 11);
    expect(Number.isFinite(after.upper)).toBe(true);
  });
});

describe("Noufaily's defaults", () => {
  it('use 10 season levels, 26 weeks left out, the trend whenever it does not extrapolate, negative binomial bounds', () => {
    const result = computeThreshold('FARRINGTON_FLEXIBLE', weekly(SALM_NEWPORT_GERMANY, 450))!;
    const explicit = computeThreshold('FARRINGTON_FLEXIBLE', weekly(SALM_NEWPORT_GERMANY, 450), {
      farringtonFlexible: {
        preset: 'R',
        noPeriods: 10,
        pastWeeksNotIncluded: 26,
        pThresholdTrend: 1,
        thresholdMethod: 'nbPlugin',
      },
    })!;
    expect(result).toEqual(explicit);
    expect(Number.isInteger(result.model!.predictionUpper)).toBe(true);
  });

  it('work on monthly series too', () => {
    const monthly = Array.from(
      { length: 12 * 6 },
      (_, i) => 40 + Math.round(25 * Math.sin((2 * Math.PI * i) / 12)) + (i % 5),
    );
    const result = computeThreshold('FARRINGTON_FLEXIBLE', { counts: monthly, frequency: 12, index: 71 });
    expect(result).not.toBeNull();
    expect(result!.upper).toBeGreaterThan(result!.expected);
  });
});
