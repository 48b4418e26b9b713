/** The weights and residuals tests of R's test-farringtonFlexible.R. */
import { describe, expect, it } from 'vitest';
import { fitFarringtonGlm } from './farrington-fit.ts';
import { anscombeResiduals, assignWeights } from './farrington-reweighting.ts';
import { fitPoissonGlm, type Design } from './quasi-poisson-glm.ts';

const withSlope = (x: readonly number[]): Design => ({
  x: Float64Array.from(x.flatMap((v) => [1, v])),
  n: x.length,
  p: 2,
});

describe('algo.farrington.assign.weights', () => {
  it('gamma = 1 if everything is below the threshold', () => {
    expect(Array.from(assignWeights(new Array(10).fill(0), 0))).toEqual(new Array(10).fill(1));
  });

  it('a case that was checked by hand', () => {
    const s = [0, 0, 0, 0, 0, 2, 2, 2, 2, 2];
    const weights = assignWeights(s, 0);
    for (let i = 0; i < 5; i++) expect(weights[i]).toBeCloseTo(1.6, 12);
    for (let i = 5; i < 10; i++) expect(weights[i]).toBeCloseTo(0.4, 12);
  });
});

describe('anscombe.residuals', () => {
  it('are zero when the log-linear model fits exactly', () => {
    const x = [0, 1, 2, 1, 0, 3, 1, 1, 2, 0];
    const y = Float64Array.from(x, Math.exp);
    const fit = fitPoissonGlm(withSlope(x), y, null)!;
    anscombeResiduals(withSlope(x), fit, y, 1).forEach((s) => expect(Math.abs(s)).toBeLessThan(1e-6));
  });

  it('are positive on average when a constant is added', () => {
    const x = Array.from({ length: 1000 }, (_, i) => (i * 7) % 5);
    const y = Float64Array.from(x, (v) => Math.exp(v) + 0.6);
    const fit = fitPoissonGlm(withSlope(x), y, null)!;
    const s = anscombeResiduals(withSlope(x), fit, y, 1);
    expect(s.reduce((a, b) => a + b, 0) / s.length).toBeGreaterThan(0);
  });
});

describe('algo.farrington.fitGLM.flexible', () => {
  const y = Float64Array.from([3, 5, 4, 30, 9, 7, 2, 15, 11, 4, 6, 5, 3, 8, 9, 12, 4, 2, 6, 7]);
  const design = withSlope(Array.from(y, (_, i) => i));

  it('reweights every observation under a low threshold, none under a huge one, and keeps φ ≥ 1', () => {
    const low = fitFarringtonGlm(design, y, true, 0.5)!;
    expect(Array.from(low.omega!).every((w) => w !== 1)).toBe(true);
    expect(low.phi).toBeGreaterThanOrEqual(1);
    const high = fitFarringtonGlm(design, y, true, 100000)!;
    expect(Array.from(high.omega!).every((w) => w === 1)).toBe(true);
  });
});
