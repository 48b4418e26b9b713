/** The threshold-function tests of R's test-farringtonFlexible.R, with R's expected numbers. */
import { describe, expect, it } from 'vitest';
import { farringtonThresholdDelta, noufailyThreshold, type ThresholdBounds } from './farrington-thresholds.ts';

const asVector = (b: ThresholdBounds | null) => (b ? [b.lower, b.upper, b.prob, b.score] : null);

function expectClose(actual: number[] | null, expected: number[]): void {
  expect(actual).not.toBeNull();
  actual!.forEach((value, i) => expect(Math.abs(value - expected[i]!)).toBeLessThan(1e-6));
}

describe('algo.farrington.threshold.farrington (predFit 5, se 0.2, phi 1, alpha 0.05, y 8)', () => {
  it('skewness.transform "none"', () => {
    expectClose(
      asVector(farringtonThresholdDelta(5, 0.2, 1, 0.05, 'none', 8)),
      [1.3073128, 8.6926872, 0.0907246, 0.8124165],
    );
  });
  it('skewness.transform "1/2"', () => {
    expectClose(
      asVector(farringtonThresholdDelta(5, 0.2, 1, 0.05, '1/2', 8)),
      [1.9891097, 9.3744842, 0.1189986, 0.6857951],
    );
  });
  it('skewness.transform "2/3"', () => {
    expectClose(
      asVector(farringtonThresholdDelta(5, 0.2, 1, 0.05, '2/3', 8)),
      [1.8084477, 9.1154825, 0.1094727, 0.7289546],
    );
  });
  it('keeps the bounds ordered and the lower one non-negative', () => {
    const b = farringtonThresholdDelta(0.2, 0.5, 3, 0.01, '2/3', 0);
    expect(b.lower).toBe(0);
    expect(b.upper).toBeGreaterThan(b.lower);
  });
});

describe('algo.farrington.threshold.noufaily (predFit log 5, se log 2, alpha 0.05, y 11)', () => {
  const eta = Math.log(5);
  const se = Math.log(2);
  it('muan, phi 1.5', () => {
    expectClose(asVector(noufailyThreshold(eta, se, 1.5, 0.05, 'muan', 11)), [8, 24, 0.8597797, 0.4193982]);
  });
  it('muan, phi 1', () => {
    expectClose(asVector(noufailyThreshold(eta, se, 1, 0.05, 'muan', 11)), [9, 22, 0.9093099, 0.4605347]);
  });
  it('nbPlugin, phi 1.5', () => {
    expectClose(asVector(noufailyThreshold(eta, se, 1.5, 0.05, 'nbPlugin', 11)), [1, 10, 0.03763657, 1.11918153]);
  });
  it('nbPlugin, phi 1', () => {
    expectClose(asVector(noufailyThreshold(eta, se, 1, 0.05, 'nbPlugin', 11)), [2, 9, 0.01369527, 1.27061541]);
  });
});
