/** The overdispersed Poisson fit of both Farrington variants: fit, estimate φ ≥ 1, reweight, refit. */
import { anscombeResiduals, assignWeights } from './farrington-reweighting.ts';
import { fitPoissonGlm, type Design, type GlmFit } from './quasi-poisson-glm.ts';

export interface FarringtonFit {
  glm: GlmFit;
  /** The overdispersion max(1, Pearson χ²/df) of the final fit. */
  phi: number;
  /** The reweighting weights ω (null without reweighting). */
  omega: Float64Array | null;
  /** Whether the first, unweighted fit converged (R checks only that one). */
  converged: boolean;
}

/** Σ w·r²/df with R's working weights and working residuals r = (y − μ)/μ: the Pearson dispersion. */
export function pearsonDispersion(
  fit: GlmFit,
  y: Float64Array,
  weights: ArrayLike<number> = fit.workingWeights,
): number {
  let total = 0;
  for (let i = 0; i < y.length; i++) {
    const r = (y[i]! - fit.mu[i]!) / fit.mu[i]!;
    total += weights[i]! * r * r;
  }
  return total / fit.dfResidual;
}

/** Fit, and when asked refit with weights from the Anscombe residuals (R's `algo.farrington.fitGLM.*`). */
export function fitFarringtonGlm(
  design: Design,
  y: Float64Array,
  reweight: boolean,
  weightsThreshold: number,
): FarringtonFit | null {
  if (design.n <= design.p) return null;
  const first = fitPoissonGlm(design, y, null);
  if (first === null) return null;
  const phi = Math.max(pearsonDispersion(first, y), 1);
  if (!reweight) return { glm: first, phi, omega: null, converged: first.converged };
  const omega = assignWeights(anscombeResiduals(design, first, y, phi), weightsThreshold);
  const refit = fitPoissonGlm(design, y, omega);
  if (refit === null) return null;
  return { glm: refit, phi: Math.max(pearsonDispersion(refit, y), 1), omega, converged: first.converged };
}
