/** Small dense symmetric systems (p ≤ ~15) for the GLM: Cholesky factor, solve and inverse, in place. */

/** Factor the p×p symmetric matrix `a` (row-major) as L·Lᵀ into its lower triangle; false when not positive definite. */
export function choleskyInPlace(a: Float64Array, p: number): boolean {
  for (let j = 0; j < p; j++) {
    let diag = a[j * p + j]!;
    for (let k = 0; k < j; k++) diag -= a[j * p + k]! * a[j * p + k]!;
    // A pivot this small relative to the column means a column is (nearly) a combination of the others.
    if (!(diag > 1e-11 * Math.max(1, Math.abs(a[j * p + j]!)))) return false;
    const root = Math.sqrt(diag);
    a[j * p + j] = root;
    for (let i = j + 1; i < p; i++) {
      let sum = a[i * p + j]!;
      for (let k = 0; k < j; k++) sum -= a[i * p + k]! * a[j * p + k]!;
      a[i * p + j] = sum / root;
    }
  }
  return true;
}

/** Solve L·Lᵀ·x = b in place, L the lower triangle of `l` as `choleskyInPlace` left it. */
export function choleskySolveInPlace(l: Float64Array, p: number, b: Float64Array): void {
  for (let i = 0; i < p; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * p + k]! * b[k]!;
    b[i] = sum / l[i * p + i]!;
  }
  for (let i = p - 1; i >= 0; i--) {
    let sum = b[i]!;
    for (let k = i + 1; k < p; k++) sum -= l[k * p + i]! * b[k]!;
    b[i] = sum / l[i * p + i]!;
  }
}

/** The inverse (L·Lᵀ)⁻¹ as a full p×p row-major matrix. */
export function choleskyInverse(l: Float64Array, p: number): Float64Array {
  const inverse = new Float64Array(p * p);
  const column = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    column.fill(0);
    column[j] = 1;
    choleskySolveInPlace(l, p, column);
    for (let i = 0; i < p; i++) inverse[i * p + j] = column[i]!;
  }
  return inverse;
}

/** xᵀ·M·x for a row `x` of length p and a p×p matrix M. */
export function quadraticForm(m: Float64Array, p: number, x: ArrayLike<number>, offset = 0): number {
  let total = 0;
  for (let i = 0; i < p; i++) {
    let row = 0;
    for (let j = 0; j < p; j++) row += m[i * p + j]! * x[offset + j]!;
    total += x[offset + i]! * row;
  }
  return total;
}
