/**
 * The down-weighting of past outbreaks in Farrington's method: standardised Anscombe residuals of the first fit,
 * and weights ∝ s⁻² for residuals above a threshold (R's `anscombe.residuals`, `algo.farrington.assign.weights`).
 */
import { quadraticForm } from './linear-algebra.ts';
import type { Design, GlmFit } from './quasi-poisson-glm.ts';

/** Leverages h_i = w_i·x_iᵀ(XᵀWX)⁻¹x_i, R's `hatvalues` of the fit. */
export function hatValues(design: Design, fit: GlmFit): Float64Array {
  const h = new Float64Array(design.n);
  for (let i = 0; i < design.n; i++) {
    h[i] = fit.workingWeights[i]! * quadraticForm(fit.covUnscaled, design.p, design.x, i * design.p);
  }
  return h;
}

/** Standardised Anscombe residuals 3/2·(y^{2/3}μ^{−1/6} − μ^{1/2}) / √(φ(1 − h)). */
export function anscombeResiduals(design: Design, fit: GlmFit, y: Float64Array, phi: number): Float64Array {
  const h = hatValues(design, fit);
  const s = new Float64Array(design.n);
  for (let i = 0; i < design.n; i++) {
    const mu = fit.mu[i]!;
    const raw = 1.5 * (Math.cbrt(y[i]! * y[i]!) * mu ** (-1 / 6) - Math.sqrt(mu));
    s[i] = raw / Math.sqrt(phi * (1 - h[i]!));
  }
  return s;
}

/** Weights γ·s⁻² above `threshold` and γ elsewhere, γ chosen so that they sum to n. */
export function assignWeights(s: ArrayLike<number>, threshold: number): Float64Array {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += s[i]! > threshold ? s[i]! ** -2 : 1;
  const gamma = s.length / sum;
  const omega = new Float64Array(s.length);
  for (let i = 0; i < s.length; i++) omega[i] = s[i]! > threshold ? gamma * s[i]! ** -2 : gamma;
  return omega;
}
