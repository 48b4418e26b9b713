import { describe, expect, it } from 'vitest';
import { computeThreshold, explainThreshold } from './compute-threshold.ts';
import { SALM_NEWPORT_GERMANY } from './fixtures/salm-newport-germany.ts';
import { qnorm } from './normal-quantile.ts';

const y = SALM_NEWPORT_GERMANY;
const weekly = (index: number) => ({ counts: y, frequency: 52 as const, index });

/** The 2w + 1 weeks around the same week of each of the b previous years (no dates: 52 weeks a year). */
function windows(k: number, b = 5, w = 3): number[] {
  const values: number[] = [];
  for (let year = b; year >= 1; year--) for (let i = k - 52 * year - w; i <= k - 52 * year + w; i++) values.push(y[i]!);
  return values;
}

/** Farrington et al. (1996), section 3: the 2/3-power upper limit for a prediction μ₀ with variance se². */
function upperLimit(mu0: number, se2: number, phi: number, z: number): number {
  const tau = phi + se2 / mu0;
  return (mu0 ** (2 / 3) + z * Math.sqrt((4 / 9) * mu0 ** (1 / 3) * tau)) ** 1.5;
}

/** |a − b| ≤ 1e-5·b: R's glm.fit, and so this fit, stops within about 1e-6 of the exact optimum. */
function expectNear(actual: number, exact: number): void {
  expect(Math.abs(actual - exact)).toBeLessThanOrEqual(1e-5 * Math.abs(exact));
}

describe('Farrington (R algo.farrington) without trend: the closed form of an intercept-only fit', () => {
  it('without reweighting: μ₀ = mean, φ = max(1, Pearson χ²/(n − 1)), var(μ₀) = φ·μ₀/n', () => {
    for (const k of [365, 380, 420, 470, 520]) {
      const base = windows(k);
      const n = base.length;
      const mean = base.reduce((a, b) => a + b, 0) / n;
      const phi = Math.max(1, base.reduce((a, v) => a + (v - mean) ** 2 / mean, 0) / (n - 1));
      const result = computeThreshold('FARRINGTON', weekly(k), { farrington: { trend: false, reweight: false } })!;
      expectNear(result.expected, mean);
      expectNear(result.model!.phi, phi);
      expectNear(result.model!.predictionUpper, upperLimit(mean, (phi * mean) / n, phi, qnorm(0.975)));
    }
  });

  it('with reweighting: weights from standardised Anscombe residuals (h = 1/n), then a weighted mean', () => {
    for (const k of [365, 420, 470]) {
      const base = windows(k);
      const n = base.length;
      const mean = base.reduce((a, b) => a + b, 0) / n;
      const phi1 = Math.max(1, base.reduce((a, v) => a + (v - mean) ** 2 / mean, 0) / (n - 1));
      const s = base.map(
        (v) => (1.5 * (v ** (2 / 3) * mean ** (-1 / 6) - Math.sqrt(mean))) / Math.sqrt(phi1 * (1 - 1 / n)),
      );
      const raw = s.map((si) => (si > 1 ? si ** -2 : 1));
      const gamma = n / raw.reduce((a, b) => a + b, 0);
      const omega = raw.map((r) => gamma * r);
      const sumOmega = omega.reduce((a, b) => a + b, 0);
      const mu0 = omega.reduce((a, w, i) => a + w * base[i]!, 0) / sumOmega;
      const phi = Math.max(1, omega.reduce((a, w, i) => a + (w * (base[i]! - mu0) ** 2) / mu0, 0) / (n - 1));
      const result = computeThreshold('FARRINGTON', weekly(k), { farrington: { trend: false } })!;
      expectNear(result.expected, mu0);
      expectNear(result.model!.phi, phi);
      expectNear(result.model!.predictionUpper, upperLimit(mu0, (phi * mu0) / sumOmega, phi, qnorm(0.975)));
    }
  });
});

describe('Farrington trend, history and the 5-in-4 rule', () => {
  /** Five years of a steadily declining weekly series with a little wobble. */
  const declining = Array.from({ length: 5 * 52 + 10 }, (_, i) => Math.round(80 * Math.exp(-i / 150) + ((i * 7) % 5)));
  const growing = declining.slice().reverse();

  it('keeps a significant trend that does not extrapolate beyond the data, drops it with fewer than 3 years', () => {
    const index = declining.length - 1;
    const input = { counts: declining, frequency: 52 as const, index };
    const trended = computeThreshold('FARRINGTON', input)!;
    expect(trended.model!.trend).toBe(true);
    // b = 2: no trend whatever the data.
    expect(computeThreshold('FARRINGTON', input, { farrington: { b: 2 } })!.model!.trend).toBe(false);
    // A growing series predicts above every baseline count: Farrington drops the trend rather than extrapolate.
    expect(computeThreshold('FARRINGTON', { counts: growing, frequency: 52, index })!.model!.trend).toBe(false);
  });

  it('needs the b previous years wholly, and half the baseline reported', () => {
    expect(explainThreshold('FARRINGTON', weekly(5 * 52 + 2))).toEqual({ ok: false, reason: 'HISTORY_TOO_SHORT' });
    expect(computeThreshold('FARRINGTON', weekly(5 * 52 + 3))).not.toBeNull();
    const holes = y.map((v, i) => (i % 3 === 0 ? v : null));
    expect(explainThreshold('FARRINGTON', { counts: holes, frequency: 52, index: 400 })).toEqual({
      ok: false,
      reason: 'TOO_MANY_MISSING',
    });
  });

  it('raises no alarm below 5 cases in the last 4 weeks: the threshold is lifted to that count', () => {
    const quiet: number[] = Array.from({ length: 300 }, (_, i) => (i % 10 === 0 ? 1 : 0));
    quiet[299] = 3;
    const result = computeThreshold('FARRINGTON', { counts: quiet, frequency: 52, index: 299 })!;
    expect(result.model!.predictionUpper).toBeLessThan(3);
    // Weeks 296–298 hold no case, so the judged week alone must reach 5: the threshold is 4.
    expect(result.upper).toBe(4);
    expect(result.alarm).toBe(false);
    quiet[299] = 5;
    expect(computeThreshold('FARRINGTON', { counts: quiet, frequency: 52, index: 299 })!.alarm).toBe(true);
  });
});
