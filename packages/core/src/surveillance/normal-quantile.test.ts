import { describe, expect, it } from 'vitest';
import { qnorm } from './normal-quantile.ts';

describe('qnorm', () => {
  it('matches tabulated standard normal quantiles', () => {
    // Abramowitz and Stegun, table 26.5 (and R's qnorm) to the digits printed there.
    expect(qnorm(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(qnorm(0.95)).toBeCloseTo(1.644853626951472, 12);
    expect(qnorm(0.999)).toBeCloseTo(3.090232306167813, 12);
    expect(qnorm(0.5)).toBe(0);
    expect(qnorm(1e-10)).toBeCloseTo(-6.361340902404056, 10);
  });

  it('is odd around one half and infinite at the ends', () => {
    for (const p of [0.001, 0.1, 0.3, 0.45]) expect(qnorm(p)).toBeCloseTo(-qnorm(1 - p), 12);
    expect(qnorm(0)).toBe(-Infinity);
    expect(qnorm(1)).toBe(Infinity);
    expect(qnorm(1.5)).toBeNaN();
  });
});
