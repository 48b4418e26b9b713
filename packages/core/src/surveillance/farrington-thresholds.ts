/**
 * The threshold functions of Farrington's method, as R's `algo.farrington.threshold` (two-sided, the original
 * method), `algo.farrington.threshold.farrington` (one-sided "delta") and `algo.farrington.threshold.noufaily`
 * ("nbPlugin" and "muan", negative binomial quantiles).
 */
import { negBinomialAtLeast, pnormUpper, poissonAtLeast, qnbinom, qpois } from './distributions.ts';
import { qnorm } from './normal-quantile.ts';

/** The power transformation that makes the count's distribution symmetric (Farrington's 2/3 by default). */
export type PowerTransform = '2/3' | '1/2' | 'none';
export const POWER_TRANSFORMS: readonly PowerTransform[] = ['2/3', '1/2', 'none'];

/** Lower and upper bound, P(count ≥ y) or P(count ≤ y), and the exceedance score (y − fit)/(upper − fit). */
export interface ThresholdBounds {
  lower: number;
  upper: number;
  prob: number;
  score: number;
}

/** se and exponent of the transformed prediction, with τ = φ + se(μ₀)²/μ₀. */
function transformed(mu0: number, se: number, phi: number, power: PowerTransform): { sd: number; e: number } {
  const tau = phi + (se * se) / mu0;
  if (power === 'none') return { sd: Math.sqrt(mu0 * tau), e: 1 };
  if (power === '1/2') return { sd: Math.sqrt(tau / 4), e: 1 / 2 };
  return { sd: Math.sqrt((4 / 9) * Math.cbrt(mu0) * tau), e: 2 / 3 };
}

/** (mu0^e ± z·sd)^(1/e) sorted, lower at least 0 (a negative base under a fractional power is dropped as in R). */
function bounds(mu0: number, sd: number, e: number, z: number): { lower: number; upper: number } {
  const back = (v: number) => (e === 1 / 2 ? v * v : e === 1 ? v : v < 0 ? Number.NaN : v ** (1 / e));
  const a = back(mu0 ** e - z * sd);
  const b = back(mu0 ** e + z * sd);
  const upper = Number.isNaN(a) ? b : Math.max(a, b);
  const lower = Number.isNaN(a) ? 0 : Math.max(0, Math.min(a, b));
  return { lower, upper };
}

/** The original two-sided threshold (R's `algo.farrington.threshold`): prob = P(count ≤ y) on the transformed scale. */
export function farringtonThresholdTwoSided(
  mu0: number,
  se: number,
  phi: number,
  alpha: number,
  power: PowerTransform,
  y: number,
): ThresholdBounds {
  const { sd, e } = transformed(mu0, se, phi, power);
  const { lower, upper } = bounds(mu0, sd, e, qnorm(1 - alpha / 2));
  const prob = 1 - pnormUpper(y ** e, mu0 ** e, sd);
  return { lower, upper, prob, score: (y - mu0) / (upper - mu0) };
}

/** The one-sided "delta" threshold (R's `algo.farrington.threshold.farrington`): prob = P(count > y). */
export function farringtonThresholdDelta(
  mu0: number,
  se: number,
  phi: number,
  alpha: number,
  power: PowerTransform,
  y: number,
): ThresholdBounds {
  const { sd, e } = transformed(mu0, se, phi, power);
  const { lower, upper } = bounds(mu0, sd, e, qnorm(1 - alpha));
  return { lower, upper, prob: pnormUpper(y ** e, mu0 ** e, sd), score: (y - mu0) / (upper - mu0) };
}

/**
 * Noufaily's negative binomial threshold (R's `algo.farrington.threshold.noufaily`) from the linear predictor
 * η₀ and its se: the mean is exp(η₀) ("nbPlugin") or exp(η₀ + z·se) ("muan"); prob = P(count ≥ y). As in R,
 * the score is (y − η₀)/(upper − η₀), on the link scale. Null when the mean overflows.
 */
export function noufailyThreshold(
  eta0: number,
  seEta0: number,
  phi: number,
  alpha: number,
  method: 'nbPlugin' | 'muan',
  y: number,
): ThresholdBounds | null {
  const mu = method === 'nbPlugin' ? Math.exp(eta0) : Math.exp(eta0 + qnorm(1 - alpha) * seEta0);
  if (!Number.isFinite(mu)) return null;
  const size = mu / (phi - 1);
  const lower = phi > 1 ? qnbinom(alpha, size, 1 / phi) : qpois(alpha, mu);
  const upper = phi > 1 ? qnbinom(1 - alpha, size, 1 / phi) : qpois(1 - alpha, mu);
  const prob = phi !== 1 ? negBinomialAtLeast(y, size, 1 / phi) : poissonAtLeast(y, mu);
  return { lower: Math.max(0, lower), upper, prob, score: (y - eta0) / (upper - eta0) };
}
