/**
 * The improved Farrington method (Noufaily et al. 2013), as R's `surveillance::farringtonFlexible` 1.26 on a
 * series without dates and without population offset: a quasi-Poisson GLM with trend and a noPeriods-level
 * season factor over b years, reweighting, the trend kept by pThresholdTrend, and a threshold by the delta
 * method or from negative binomial quantiles. Two of R's quirks are kept so the bounds equal R's (README.md):
 * the prediction's standard error uses the dispersion Σω·((y − μ)/μ)²/df, and the muan/nbPlugin score is on the
 * link scale (it does not change alarms).
 */
import { flexibleBaseline, referenceCentres } from './farrington-blocks.ts';
import { fitFarringtonGlm, type FarringtonFit } from './farrington-fit.ts';
import {
  resolveFlexible,
  type FarringtonFlexibleOptions,
  type ResolvedFlexible,
} from './farrington-flexible-options.ts';
import type { Baseline } from './farrington-reference.ts';
import { farringtonThresholdDelta, noufailyThreshold } from './farrington-thresholds.ts';
import { alarmThreshold, keepTrend } from './farrington-trend.ts';
import { quadraticForm } from './linear-algebra.ts';
import { countAt, isJudgeableIndex } from './series.ts';
import type { ThresholdInput, ThresholdOutcome } from './types.ts';

/** R's fit: with trend when asked (without when that does not converge); null when no fit converges. */
function converging(
  base: Baseline,
  o: ResolvedFlexible,
  trend: boolean,
): { fit: FarringtonFit; trend: boolean } | null {
  const fit = fitFarringtonGlm(base.design(trend), base.y, o.reweight, o.weightsThreshold);
  if (fit !== null && fit.converged) return { fit, trend };
  return trend ? converging(base, o, false) : null;
}

/** The dispersion R's summary.glm sees once the prior weights ω replace the working weights in the model. */
function summaryDispersion(f: FarringtonFit, y: Float64Array): number {
  const weights = f.omega ?? f.glm.workingWeights;
  let total = 0;
  for (let i = 0; i < y.length; i++) {
    const r = (y[i]! - f.glm.mu[i]!) / f.glm.mu[i]!;
    total += weights[i]! * r * r;
  }
  return total / f.glm.dfResidual;
}

/** Linear predictor at the judged period and its standard error. */
function predict(
  base: Baseline,
  f: FarringtonFit,
  trend: boolean,
  noPeriods: number,
): { eta: number; se: number; dispersion: number } {
  const row = base.predictionRow(trend, noPeriods);
  let eta = 0;
  for (let j = 0; j < row.length; j++) eta += row[j]! * f.glm.coefficients[j]!;
  const dispersion = summaryDispersion(f, base.y);
  return { eta, se: Math.sqrt(quadraticForm(f.glm.covUnscaled, row.length, row) * dispersion), dispersion };
}

function fitWithTrendRule(base: Baseline, o: ResolvedFlexible) {
  const first = converging(base, o, o.trend);
  if (first === null || !first.trend) return first;
  const { eta, dispersion } = predict(base, first.fit, true, o.noPeriods);
  const p = first.fit.glm.coefficients.length;
  if (keepTrend(first.fit.glm, p, 1, dispersion, o.pThresholdTrend, o.b, Math.exp(eta), base.maxResponse)) return first;
  return converging(base, o, false);
}

/** The flexible Farrington threshold for the judged period. */
export function farringtonFlexibleThreshold(
  input: ThresholdInput,
  options?: FarringtonFlexibleOptions,
): ThresholdOutcome {
  const o = resolveFlexible(options, input.frequency);
  if (!isJudgeableIndex(input)) return { ok: false, reason: 'INDEX_OUT_OF_RANGE' };
  const base = flexibleBaseline(input, referenceCentres(input, o.b), o.w, o.noPeriods, o.pastWeeksNotIncluded);
  if (!base.ok) return base;
  const fitted = fitWithTrendRule(base.baseline, o);
  if (fitted === null) return { ok: false, reason: 'MODEL_FAILED' };
  const { eta, se } = predict(base.baseline, fitted.fit, fitted.trend, o.noPeriods);
  const y = countAt(input.counts, input.index);
  const mu0 = Math.exp(eta);
  const bounds =
    o.thresholdMethod === 'delta'
      ? farringtonThresholdDelta(mu0, se * mu0, fitted.fit.phi, o.alpha, o.powertrans, y ?? 0)
      : noufailyThreshold(eta, se, fitted.fit.phi, o.alpha, o.thresholdMethod, y ?? 0);
  if (bounds === null || !Number.isFinite(bounds.upper)) return { ok: false, reason: 'MODEL_FAILED' };
  const upper = alarmThreshold(bounds.upper, input.counts, input.index, o.limit54);
  return {
    ok: true,
    result: {
      method: 'FARRINGTON_FLEXIBLE',
      expected: mu0,
      upper,
      alarm: y === null ? null : y > upper,
      baselineSize: base.baseline.n,
      model: { phi: fitted.fit.phi, trend: fitted.trend, predictionUpper: bounds.upper },
    },
  };
}
