/** The distribution functions the Farrington thresholds use, with R's names and parametrisations. */
import { qnorm } from './normal-quantile.ts';
import { betaI, gammaP, gammaQ } from './special-functions.ts';

/** P(X > x) for X ~ N(mean, sd²) (R's `pnorm(x, mean, sd, lower.tail = FALSE)`). */
export function pnormUpper(x: number, mean = 0, sd = 1): number {
  const z = (x - mean) / sd;
  const tail = 0.5 * gammaQ(0.5, (z * z) / 2);
  return z >= 0 ? tail : 1 - tail;
}

/** Two-sided p-value of a t statistic with `df` degrees of freedom: 2·pt(−|t|, df). */
export function tTestPValue(t: number, df: number): number {
  return betaI(df / (df + t * t), df / 2, 0.5);
}

/** P(X ≥ y) for X ~ Poisson(lambda) (R's `ppois(y − 1, lambda, lower.tail = FALSE)`). */
export function poissonAtLeast(y: number, lambda: number): number {
  return y <= 0 ? 1 : gammaP(Math.floor(y), lambda);
}

/** P(X ≤ x) for X ~ Poisson(lambda). */
function poissonCdf(x: number, lambda: number): number {
  return x < 0 ? 0 : gammaQ(x + 1, lambda);
}

/** P(X ≥ y) for X ~ NegBin(size, prob), R's parametrisation (`pnbinom(y − 1, size, prob, lower.tail = FALSE)`). */
export function negBinomialAtLeast(y: number, size: number, prob: number): number {
  return y <= 0 ? 1 : betaI(1 - prob, Math.floor(y), size);
}

/** P(X ≤ x) for X ~ NegBin(size, prob). */
function negBinomialCdf(x: number, size: number, prob: number): number {
  return x < 0 ? 0 : betaI(prob, size, x + 1);
}

/** R's discrete quantile: the smallest x with cdf(x) ≥ p, fuzzed by 64 ulps for left continuity as R does. */
function discreteQuantile(p: number, mean: number, sd: number, cdf: (x: number) => number): number {
  if (p <= 0) return 0;
  if (p >= 1) return Infinity;
  const target = p * (1 - 64 * Number.EPSILON);
  let x = Math.max(0, Math.floor(mean + sd * qnorm(p)));
  if (cdf(x) >= target) {
    while (x > 0 && cdf(x - 1) >= target) x--;
  } else {
    while (cdf(x) < target) x++;
  }
  return x;
}

/** R's `qpois(p, lambda)`. */
export function qpois(p: number, lambda: number): number {
  return discreteQuantile(p, lambda, Math.sqrt(lambda), (x) => poissonCdf(x, lambda));
}

/** R's `qnbinom(p, size, prob)`. */
export function qnbinom(p: number, size: number, prob: number): number {
  const mean = (size * (1 - prob)) / prob;
  return discreteQuantile(p, mean, Math.sqrt(mean / prob), (x) => negBinomialCdf(x, size, prob));
}

/** R's `qt(p, df)` for p > 0.5, by bisection on the two-sided p-value (monotone in t), to about 1e-12. */
export function qtUpper(p: number, df: number): number {
  if (!(p > 0.5 && p < 1) || !(df > 0)) return Number.NaN;
  const target = 2 * (1 - p);
  let lo = 0;
  let hi = 1;
  while (tTestPValue(hi, df) > target) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (tTestPValue(mid, df) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
