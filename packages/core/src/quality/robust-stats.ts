/** Median, median absolute deviation and the modified z-score: statistics a single wild value cannot move far. */

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median absolute deviation from the median. */
export function medianAbsoluteDeviation(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}

/**
 * 1.4826 × MAD estimates the standard deviation of normally distributed values (Iglewicz and Hoaglin), so
 * spreads and z-scores read like the familiar ones while ignoring the outliers themselves.
 */
export const MAD_TO_SD = 1.4826;

/**
 * The robust spread of counts: the scaled MAD, but never below √median (the spread of a Poisson count) nor 1.
 * Rare events are mostly zeros, whose MAD is 0; without the floor a single case would read as infinitely far off.
 */
export function robustSpread(values: readonly number[]): number {
  const m = median(values);
  return Math.max(MAD_TO_SD * medianAbsoluteDeviation(values), Math.sqrt(Math.max(m, 0)), 1);
}

/** How many robust spreads `value` lies from the median of `values` (the modified z-score, with the floor above). */
export function modifiedZScore(value: number, values: readonly number[]): number {
  return (value - median(values)) / robustSpread(values);
}
