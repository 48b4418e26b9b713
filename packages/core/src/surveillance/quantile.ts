/** Sample quantiles as R's default `quantile(x, p, type = 7)`. */

/**
 * The p-quantile of `sorted` (ascending, non-empty) by R's type 7 definition (Hyndman and Fan 1996):
 * h = (n − 1)·p, then linear interpolation between the order statistics x[⌊h⌋] and x[⌊h⌋ + 1] (0-based).
 */
export function quantileType7(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error('quantile of an empty list');
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
