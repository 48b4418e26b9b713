/**
 * Min–max bounds of one series (data element × org unit × option combo) generated from its history.
 *
 * Method: the bounds are median ± 3.5 robust spreads of comparable past values, the spread being 1.4826 × MAD
 * floored at √median and 1 (see robust-stats.ts); 3.5 is Iglewicz and Hoaglin's cut-off for the modified z-score.
 * A series of a seasonal element gets one pair per month of the year, from the same month and its two neighbours
 * in past years (up to 15 values from five years); any other series gets one pair for every month, from its last
 * 12 stored values. Only stored values count (a missing form is not a zero), and a sample smaller than 6 values
 * gives no bounds. Counts are rounded outward to whole numbers and the minimum is never below 0.
 */
import { median, robustSpread } from './robust-stats.ts';

export interface Bounds {
  min: number;
  max: number;
}

/** A stored value of a monthly series; `period` is a monthly code (YYYYMM). */
export interface MonthlyValue {
  period: string;
  value: number;
}

/** Bounds for one month of the year (1–12), or for every month (0). */
export interface MonthBounds extends Bounds {
  month: number;
}

export const BOUND_FACTOR = 3.5;
export const MIN_SAMPLE = 6;
export const RECENT_VALUES = 12;
/** How far back a generation looks: enough years for a seasonal sample, no further. */
export const HISTORY_YEARS = 5;

/** Median ± BOUND_FACTOR robust spreads of a sample, rounded outward; undefined for a sample too small to judge by. */
export function boundsFromSample(sample: readonly number[]): Bounds | undefined {
  if (sample.length < MIN_SAMPLE) return undefined;
  const centre = median(sample);
  const reach = BOUND_FACTOR * robustSpread(sample);
  return { min: Math.max(0, Math.ceil(centre - reach)), max: Math.floor(centre + reach) };
}

export const monthOf = (period: string): number => Number(period.slice(4, 6));

/** The bounds of one series: twelve month pairs when its element is seasonal, else one pair (month 0). */
export function generateSeriesBounds(history: readonly MonthlyValue[], seasonal: boolean): MonthBounds[] {
  if (!seasonal) {
    const recent = [...history].sort((a, b) => b.period.localeCompare(a.period)).slice(0, RECENT_VALUES);
    const bounds = boundsFromSample(recent.map((v) => v.value));
    return bounds ? [{ month: 0, ...bounds }] : [];
  }
  const out: MonthBounds[] = [];
  for (let month = 1; month <= 12; month++) {
    const near = history.filter((v) => monthDistance(monthOf(v.period), month) <= 1).map((v) => v.value);
    const bounds = boundsFromSample(near);
    if (bounds) out.push({ month, ...bounds });
  }
  return out;
}

const monthDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 12 - Math.abs(a - b));

/** Totals of an element below this monthly mean are too sparse to show a season apart from chance. */
export const SEASONAL_MIN_MEAN = 5;
/** A season: the spread of the month-of-year means reaches the overall mean. */
export const SEASONAL_SWING = 1;

/**
 * Whether an element is seasonal, judged on its monthly totals over the units generated for: at least two
 * years of history, a mean of at least 5 a month, and month-of-year means spanning at least the overall mean
 * (dengue's rainy-season peak does; a flat count's chance wobble does not).
 */
export function isSeasonal(totals: readonly MonthlyValue[]): boolean {
  const years = new Set(totals.map((t) => t.period.slice(0, 4)));
  if (years.size < 2 || totals.length < 24) return false;
  const mean = totals.reduce((s, t) => s + t.value, 0) / totals.length;
  if (mean < SEASONAL_MIN_MEAN) return false;
  const byMonth = Array.from({ length: 12 }, (_, i) => totals.filter((t) => monthOf(t.period) === i + 1).map((t) => t.value));
  const means = byMonth.filter((vs) => vs.length > 0).map((vs) => vs.reduce((s, v) => s + v, 0) / vs.length);
  return Math.max(...means) - Math.min(...means) >= SEASONAL_SWING * mean;
}
