/**
 * A log-link Poisson GLM fitted by iteratively reweighted least squares, step for step as R's `glm.fit`:
 * start at μ = y + 0.1, stop when |dev − devold|/(|dev| + 0.1) < 1e-8 or after 25 iterations, halve the step
 * when the deviance is not finite. Like R, the working weights and the covariance it returns are those of the
 * last iteration's start, while μ is the final one: R's hat values, dispersion and standard errors use exactly
 * these, so keeping them keeps the results equal to R's to rounding.
 */
import { choleskyInPlace, choleskyInverse, choleskySolveInPlace } from './linear-algebra.ts';

/** The design: n rows of p columns, row-major. */
export interface Design {
  x: Float64Array;
  n: number;
  p: number;
}

export interface GlmFit {
  coefficients: Float64Array;
  /** Fitted means. */
  mu: Float64Array;
  /** R's `model$weights`: prior weight × μ at the start of the last iteration. */
  workingWeights: Float64Array;
  /** (Xᵀ W X)⁻¹ with the working weights above (R's unscaled covariance). */
  covUnscaled: Float64Array;
  converged: boolean;
  /** IRLS iterations run (R's "Number of Fisher Scoring iterations"). */
  iterations: number;
  dfResidual: number;
}

const EPSILON = 1e-8;
const MAX_ITERATIONS = 25;

function deviance(y: Float64Array, mu: Float64Array, prior: Float64Array | null): number {
  let total = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i]!;
    const term = yi > 0 ? yi * Math.log(yi / mu[i]!) - (yi - mu[i]!) : mu[i]!;
    total += 2 * (prior ? prior[i]! : 1) * term;
  }
  return total;
}

/** The design's non-zero entries row by row: season dummies make most of a row zero. */
interface SparseRows {
  start: Int32Array;
  col: Int32Array;
  value: Float64Array;
}

function sparseRows(d: Design): SparseRows {
  const start = new Int32Array(d.n + 1);
  const col: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < d.n; i++) {
    for (let j = 0; j < d.p; j++) {
      const v = d.x[i * d.p + j]!;
      if (v !== 0) {
        col.push(j);
        value.push(v);
      }
    }
    start[i + 1] = col.length;
  }
  return { start, col: Int32Array.from(col), value: Float64Array.from(value) };
}

/** η = Xβ and μ = exp(η); false when some μ is not a valid Poisson mean (R's `validmu`). */
function predictInto(rows: SparseRows, n: number, beta: Float64Array, mu: Float64Array): boolean {
  let valid = true;
  for (let i = 0; i < n; i++) {
    let eta = 0;
    for (let e = rows.start[i]!; e < rows.start[i + 1]!; e++) eta += rows.value[e]! * beta[rows.col[e]!]!;
    mu[i] = Math.exp(eta);
    if (!(mu[i]! > 0 && Number.isFinite(mu[i]!))) valid = false;
  }
  return valid;
}

/** One weighted least-squares step: weights w = prior·μ, working response z = η + (y − μ)/μ. */
function wlsStep(
  rows: SparseRows,
  p: number,
  y: Float64Array,
  prior: Float64Array | null,
  mu: Float64Array,
  w: Float64Array,
  xtwx: Float64Array,
  beta: Float64Array,
): boolean {
  xtwx.fill(0);
  beta.fill(0);
  for (let i = 0; i < y.length; i++) {
    const wi = (prior ? prior[i]! : 1) * mu[i]!;
    w[i] = wi;
    const zi = Math.log(mu[i]!) + (y[i]! - mu[i]!) / mu[i]!;
    const end = rows.start[i + 1]!;
    for (let a = rows.start[i]!; a < end; a++) {
      const j = rows.col[a]!;
      const xw = rows.value[a]! * wi;
      beta[j] = beta[j]! + xw * zi;
      for (let b = rows.start[i]!; b <= a; b++) {
        const k = rows.col[b]!;
        xtwx[j * p + k] = xtwx[j * p + k]! + xw * rows.value[b]!;
      }
    }
  }
  for (let j = 0; j < p; j++) for (let k = j + 1; k < p; k++) xtwx[j * p + k] = xtwx[k * p + j]!;
  if (!choleskyInPlace(xtwx, p)) return false;
  choleskySolveInPlace(xtwx, p, beta);
  return true;
}

/** Fit log E[y] = Xβ with optional prior weights; null when the design is singular or no valid fit exists. */
export function fitPoissonGlm(d: Design, y: Float64Array, prior: Float64Array | null): GlmFit | null {
  const { n, p } = d;
  const mu = new Float64Array(n);
  for (let i = 0; i < n; i++) mu[i] = y[i]! + 0.1;
  const w = new Float64Array(n);
  const xtwx = new Float64Array(p * p);
  const beta = new Float64Array(p);
  let betaOld: Float64Array | null = null;
  let devOld = deviance(y, mu, prior);
  let converged = false;
  let iterations = 0;
  const rows = sparseRows(d);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    iterations = iter + 1;
    if (!wlsStep(rows, p, y, prior, mu, w, xtwx, beta)) return null;
    let valid = predictInto(rows, n, beta, mu);
    let dev = valid ? deviance(y, mu, prior) : Infinity;
    for (let halvings = 0; !(valid && Number.isFinite(dev)); halvings++) {
      if (betaOld === null || halvings >= MAX_ITERATIONS) return null;
      for (let j = 0; j < p; j++) beta[j] = (beta[j]! + betaOld[j]!) / 2;
      valid = predictInto(rows, n, beta, mu);
      dev = valid ? deviance(y, mu, prior) : Infinity;
    }
    if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
      converged = true;
      break;
    }
    devOld = dev;
    betaOld = Float64Array.from(beta);
  }
  return {
    coefficients: beta,
    mu,
    workingWeights: w,
    covUnscaled: choleskyInverse(xtwx, p),
    converged,
    iterations,
    dfResidual: n - p,
  };
}
