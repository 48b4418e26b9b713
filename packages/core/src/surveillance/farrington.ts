/**
 * Farrington et al. (1996), as R's `surveillance::algo.farrington` 1.26 with its fast fitting function: an
 * overdispersed Poisson GLM (log μ = α + βt) on the 2w + 1 periods around the same period of each of the b
 * previous years, past outbreaks down-weighted (residuals above 1), the trend kept only when significant at 5 %,
 * b ≥ 3 and not extrapolating; the upper bound of a two-sided (1 − alpha) interval on the 2/3-power scale.
 */
import { alarmThreshold, keepTrend } from './farrington-trend.ts';
import { fitFarringtonGlm, pearsonDispersion } from './farrington-fit.ts';
import { farringtonThresholdTwoSided, POWER_TRANSFORMS, type PowerTransform } from './farrington-thresholds.ts';
import { referenceWindows, type Baseline } from './farrington-reference.ts';
import { isJudgeableIndex, countAt } from './series.ts';
import type { ThresholdInput, ThresholdOutcome } from './types.ts';

export interface FarringtonOptions {
  /** Years back (default 5). */
  b?: number;
  /** Half-width of the window around the same period in each year (default 3). */
  w?: number;
  /** Down-weight past outbreaks (default true). */
  reweight?: boolean;
  /** Two-sided error rate of the prediction interval (default 0.05: the upper bound is its 97.5 % limit). */
  alpha?: number;
  /** Try a linear time trend (default true). */
  trend?: boolean;
  /** No alarm unless the last `[1]` periods, the judged one included, hold at least `[0]` cases (default [5, 4]). */
  limit54?: readonly [number, number];
  /** Power transformation for the bound (default '2/3'). */
  powertrans?: PowerTransform;
}

export interface ResolvedFarrington {
  b: number;
  w: number;
  reweight: boolean;
  alpha: number;
  trend: boolean;
  limit54: readonly [number, number];
  powertrans: PowerTransform;
}

/** Check the options shared by both variants; invalid ones are a programming error. */
export function checkFarringtonOptions(o: ResolvedFarrington, frequency: number): void {
  if (!Number.isInteger(o.b) || o.b < 1 || o.b > 20) throw new RangeError('b must be 1–20');
  if (!Number.isInteger(o.w) || o.w < 0 || 2 * o.w + 1 > frequency)
    throw new RangeError('w must be 0 – (frequency − 1)/2');
  if (!(o.alpha > 0 && o.alpha < 1)) throw new RangeError('alpha must lie in (0, 1)');
  if (!(o.limit54[0] >= 0 && Number.isInteger(o.limit54[1]) && o.limit54[1] > 0))
    throw new RangeError('limit54 must be [cases ≥ 0, periods > 0]');
  if (!POWER_TRANSFORMS.includes(o.powertrans)) throw new RangeError('powertrans must be 2/3, 1/2 or none');
}

function resolve(options: FarringtonOptions | undefined, frequency: number): ResolvedFarrington {
  const o: ResolvedFarrington = {
    b: options?.b ?? 5,
    w: options?.w ?? 3,
    reweight: options?.reweight ?? true,
    alpha: options?.alpha ?? 0.05,
    trend: options?.trend ?? true,
    limit54: options?.limit54 ?? [5, 4],
    powertrans: options?.powertrans ?? '2/3',
  };
  checkFarringtonOptions(o, frequency);
  return o;
}

/** The fit with trend when asked and kept, else without (R refits from scratch without the trend). */
function fitWithTrendRule(base: Baseline, o: ResolvedFarrington) {
  if (o.trend) {
    const withTrend = fitFarringtonGlm(base.design(true), base.y, o.reweight, 1);
    if (withTrend !== null && withTrend.converged) {
      const mu0 = Math.exp(withTrend.glm.coefficients[0]!);
      const dispersion = pearsonDispersion(withTrend.glm, base.y);
      if (keepTrend(withTrend.glm, 2, 1, dispersion, 0.05, o.b, mu0, base.maxResponse))
        return { fit: withTrend, trend: true };
    }
  }
  const fit = fitFarringtonGlm(base.design(false), base.y, o.reweight, 1);
  return fit === null ? null : { fit, trend: false };
}

/** The Farrington threshold for the judged period. */
export function farringtonThreshold(input: ThresholdInput, options?: FarringtonOptions): ThresholdOutcome {
  const o = resolve(options, input.frequency);
  if (!isJudgeableIndex(input)) return { ok: false, reason: 'INDEX_OUT_OF_RANGE' };
  const base = referenceWindows(input, o.b, o.w);
  if (!base.ok) return base;
  const fitted = fitWithTrendRule(base.baseline, o);
  if (fitted === null) return { ok: false, reason: 'MODEL_FAILED' };
  const { fit, trend } = fitted;
  // Prediction at the judged period (t = 0): the intercept, with R's se.fit at dispersion φ.
  const mu0 = Math.exp(fit.glm.coefficients[0]!);
  const se = mu0 * Math.sqrt(fit.glm.covUnscaled[0]! * fit.phi);
  const y = countAt(input.counts, input.index);
  const bounds = farringtonThresholdTwoSided(mu0, se, fit.phi, o.alpha, o.powertrans, y ?? 0);
  const upper = alarmThreshold(bounds.upper, input.counts, input.index, o.limit54);
  return {
    ok: true,
    result: {
      method: 'FARRINGTON',
      expected: mu0,
      upper,
      alarm: y === null ? null : y > upper,
      baselineSize: base.baseline.n,
      model: { phi: fit.phi, trend, predictionUpper: bounds.upper },
    },
  };
}
