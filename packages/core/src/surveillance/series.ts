/** Reading a count series: missing counts, the judged index, and "the same period k years back". */
import { weeklyIndexYearsBack } from './calendar-year-back.ts';
import type { ThresholdInput } from './types.ts';

/** What locating the same season needs. */
export type SeasonalSeries = Pick<ThresholdInput, 'frequency' | 'weekOfYear' | 'dates'>;

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
 * The index of the same week or month `yearsBack` years before `index`; negative when that year lies before the
 * series. Months, and weeks without `weekOfYear` or `dates`: exactly `frequency · yearsBack` periods back. Weeks
 * with `dates`: R's calendar rule (calendar-year-back.ts). Weeks with `weekOfYear`: the nearest period carrying the
 * same ISO week number within `yearsBack` weeks of 52·yearsBack back (each 53-week year in between shifts it by
 * one); week 53 takes week 52 of a year that has no week 53.
 */
export function sameSeasonIndex(series: SeasonalSeries, index: number, yearsBack: number): number {
  const plain = index - series.frequency * yearsBack;
  if (series.frequency !== 52) return plain;
  if (series.dates !== undefined) return weeklyIndexYearsBack(series.dates, index, yearsBack);
  const { weekOfYear } = series;
  const week = weekOfYear?.[index];
  if (weekOfYear === undefined || week === undefined) return plain;
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
