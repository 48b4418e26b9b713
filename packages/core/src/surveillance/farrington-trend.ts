/** Farrington's rule for keeping the time trend, shared by both variants. */
import { tTestPValue } from './distributions.ts';
import type { GlmFit } from './quasi-poisson-glm.ts';
import { countAt } from './series.ts';

/**
 * Whether the trend stays: its t-test p-value (the coefficient at `trendColumn` over its standard error with the
 * estimated `dispersion`, df = n − p, as `summary.glm`) is below `pThreshold`, there are at least 3 years, and
 * the prediction `predicted` does not exceed the largest baseline count.
 */
export function keepTrend(
  fit: GlmFit,
  p: number,
  trendColumn: number,
  dispersion: number,
  pThreshold: number,
  years: number,
  predicted: number,
  maxResponse: number,
): boolean {
  const se = Math.sqrt(fit.covUnscaled[trendColumn * p + trendColumn]! * dispersion);
  const pValue = tTestPValue(fit.coefficients[trendColumn]! / se, fit.dfResidual);
  return years >= 3 && pValue < pThreshold && predicted <= maxResponse;
}

/** Sum of the counts in the `period` periods ending at `index` (missing ones count 0), for the 5-in-4 rule. */
export function recentCases(counts: readonly (number | null)[], index: number, period: number): number {
  let total = 0;
  for (let i = index - period + 1; i <= index; i++) total += countAt(counts, i) ?? 0;
  return total;
}

/**
 * The count above which the judged period alarms: above the prediction's upper bound, and (Farrington's rule
 * against alarms on a handful of cases) bringing the last `period` periods to at least `cases`. For whole counts,
 * y ≥ cases − previous ⇔ y > cases − 1 − previous.
 */
export function alarmThreshold(
  upper: number,
  counts: readonly (number | null)[],
  index: number,
  limit54: readonly [number, number],
): number {
  const previous = recentCases(counts, index - 1, limit54[1] - 1);
  return Math.max(upper, limit54[0] - 1 - previous);
}
