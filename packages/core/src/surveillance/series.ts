/** Reading a count series: missing counts, the judged index, and "the same period k years back". */
import type { ThresholdInput } from './types.ts';

/** The count at `i`, or null when it is missing, outside the series or not a finite number. */
export function countAt(counts: readonly (number | null)[], i: number): number | null {
  if (i < 0 || i >= counts.length) return null;
  const value = counts[i];
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

/** Whether `index` is an integer naming a period of the series. */
export function isJudgeableIndex(input: ThresholdInput): boolean {
  return Number.isInteger(input.index) && input.index >= 0 && input.index < input.counts.length;
}

/** True when the judged count is above the threshold; null when the judged count is missing. */
export function alarmFor(input: ThresholdInput, upper: number): boolean | null {
  const observed = countAt(input.counts, input.index);
  return observed === null ? null : observed > upper;
}

/**
 * The index of the same week or month `yearsBack` years before `index` (may fall before the series' start).
 * Months and weeks without `weekOfYear`: exactly `frequency · yearsBack` periods back. With `weekOfYear`, the
 * nearest period carrying the same ISO week number within `yearsBack` weeks of 52·yearsBack back (each 53-week
 * year in between shifts it by one); week 53 takes week 52 of a year that has no week 53. Negative when that
 * year lies before the series.
 */
export function sameSeasonIndex(
  frequency: 52 | 12,
  index: number,
  yearsBack: number,
  weekOfYear?: readonly number[],
): number {
  const plain = index - frequency * yearsBack;
  const week = weekOfYear?.[index];
  if (frequency !== 52 || weekOfYear === undefined || week === undefined) return plain;
  for (const target of week === 53 ? [53, 52] : [week]) {
    for (let shift = 0; shift <= yearsBack; shift++) {
      // A 53-week year in between puts the same week one period further back, so look there first.
      if (weekOfYear[plain - shift] === target) return plain - shift;
      if (shift > 0 && weekOfYear[plain + shift] === target) return plain + shift;
    }
  }
  // No such week near there: that year lies before the series.
  return -1;
}
