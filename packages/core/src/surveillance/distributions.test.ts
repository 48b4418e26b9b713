import { describe, expect, it } from 'vitest';
import { pnormUpper, poissonAtLeast, qtUpper, tTestPValue } from './distributions.ts';

describe('Student t', () => {
  it('matches the closed forms for 1 and 2 degrees of freedom', () => {
    // df 1 (Cauchy): t = tan(π(p − 1/2)); df 2: t = (2p − 1)/√(2p(1 − p)).
    for (const p of [0.9, 0.975, 0.995]) {
      expect(qtUpper(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 9);
      expect(qtUpper(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 9);
    }
    // Two-sided p-value of the Cauchy: 1 − 2·atan(|t|)/π.
    expect(tTestPValue(1.7, 1)).toBeCloseTo(1 - (2 * Math.atan(1.7)) / Math.PI, 12);
  });
});

describe('normal and Poisson tails', () => {
  it('pnorm upper tail at tabulated points', () => {
    // Abramowitz and Stegun, table 26.1: Φ(1) = 0.8413447461, Φ(2) = 0.9772498681.
    expect(pnormUpper(1)).toBeCloseTo(1 - 0.8413447461, 10);
    expect(pnormUpper(-2)).toBeCloseTo(0.9772498681, 10);
  });

  it('P(X ≥ y) of a Poisson is 1 − the sum of the first y terms', () => {
    const lambda = 3.7;
    let below = 0;
    let term = Math.exp(-lambda);
    for (let y = 0; y < 12; y++) {
      expect(poissonAtLeast(y, lambda)).toBeCloseTo(1 - below, 12);
      below += term;
      term *= lambda / (y + 1);
    }
  });
});
