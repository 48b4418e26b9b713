import { describe, expect, it } from 'vitest';
import { fitPoissonGlm, type Design } from './quasi-poisson-glm.ts';

function design(rows: readonly (readonly number[])[]): Design {
  return { x: Float64Array.from(rows.flat()), n: rows.length, p: rows[0]!.length };
}

describe('fitPoissonGlm', () => {
  // Dobson (1990), the example of R's ?glm: counts by outcome (3 levels) and treatment (3 levels).
  const counts = [18, 17, 15, 20, 10, 20, 25, 13, 12];
  const outcome = [1, 2, 3, 1, 2, 3, 1, 2, 3];
  const treatment = [1, 1, 1, 2, 2, 2, 3, 3, 3];
  const rows = counts.map((_, i) => [
    1,
    +(outcome[i] === 2),
    +(outcome[i] === 3),
    +(treatment[i] === 2),
    +(treatment[i] === 3),
  ]);

  it('reaches the closed form of the independence log-linear model', () => {
    const fit = fitPoissonGlm(design(rows), Float64Array.from(counts), null)!;
    expect(fit.converged).toBe(true);
    // Fitted counts are row total × column total / grand total.
    const total = counts.reduce((a, b) => a + b, 0);
    const byOutcome = [1, 2, 3].map((o) => counts.filter((_, i) => outcome[i] === o).reduce((a, b) => a + b, 0));
    const byTreatment = [1, 2, 3].map((t) => counts.filter((_, i) => treatment[i] === t).reduce((a, b) => a + b, 0));
    const expected = [
      Math.log((byOutcome[0]! * byTreatment[0]!) / total),
      Math.log(byOutcome[1]! / byOutcome[0]!),
      Math.log(byOutcome[2]! / byOutcome[0]!),
      Math.log(byTreatment[1]! / byTreatment[0]!),
      Math.log(byTreatment[2]! / byTreatment[0]!),
    ];
    expected.forEach((value, j) => expect(fit.coefficients[j]).toBeCloseTo(value, 8));
    // R prints: Residual deviance: 5.1291 on 4 degrees of freedom.
    let deviance = 0;
    counts.forEach((y, i) => (deviance += 2 * (y * Math.log(y / fit.mu[i]!) - (y - fit.mu[i]!))));
    expect(deviance).toBeCloseTo(5.1291, 4);
    expect(fit.dfResidual).toBe(4);
    // R prints: Number of Fisher Scoring iterations: 4 — the same path from the same start.
    expect(fit.iterations).toBe(4);
  });

  it('solves the weighted score equations Σ ω·x·(y − μ) = 0 with a trend', () => {
    const y = Float64Array.from([3, 5, 4, 8, 9, 7, 12, 15, 11, 19]);
    const x = design(Array.from(y, (_, i) => [1, i - 9]));
    const omega = Float64Array.from(y, (_, i) => 0.5 + (i % 3) / 2);
    const fit = fitPoissonGlm(x, y, omega)!;
    let s0 = 0;
    let s1 = 0;
    y.forEach((yi, i) => {
      s0 += omega[i]! * (yi - fit.mu[i]!);
      s1 += omega[i]! * (i - 9) * (yi - fit.mu[i]!);
    });
    expect(Math.abs(s0)).toBeLessThan(1e-6);
    expect(Math.abs(s1)).toBeLessThan(1e-6);
  });

  it('refuses a singular design', () => {
    expect(
      fitPoissonGlm(
        design([
          [1, 2],
          [1, 2],
          [1, 2],
        ]),
        Float64Array.from([1, 2, 3]),
        null,
      ),
    ).toBeNull();
  });
});
