/** Equality of computed figures up to floating-point error. */

/** Relative tolerance: far below any figure a report shows, far above binary rounding error. */
export const RELATIVE_TOLERANCE = 1e-9;

/** True when `a` and `b` differ by at most 1e-9 of the larger magnitude (absolute 1e-9 near zero). */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}
