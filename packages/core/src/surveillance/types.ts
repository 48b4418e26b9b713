/** The public shapes of outbreak thresholds: one dispatcher, six methods, one result. */

/** Every threshold method the dispatcher knows, in the order the UI offers them. */
export const THRESHOLD_METHODS = [
  'ENDEMIC_CHANNEL',
  'EARS_C1',
  'EARS_C2',
  'EARS_C3',
  'FARRINGTON',
  'FARRINGTON_FLEXIBLE',
] as const;
export type ThresholdMethod = (typeof THRESHOLD_METHODS)[number];

export interface ThresholdInput {
  /** Consecutive counts, oldest first, one per period (week or month); null = not reported (never a zero). */
  counts: readonly (number | null)[];
  /**
   * Periods per year: 52 for ISO weeks, 12 for months. A year back is 52 weeks, unless `weekOfYear` is given
   * (see there), so a 53-week year shifts "the same week" by one week until the next one.
   */
  frequency: 52 | 12;
  /** Index in `counts` of the period judged; only counts before it form the baseline. */
  index: number;
  /**
   * Optional, weekly series only: the ISO week number (1–53) of every period, aligned with `counts`. When given,
   * "the same week k years back" is the period of that week number near 52·k weeks back, and week 53 compares
   * with week 52 of a year that has no week 53. Without it, a year back is exactly 52 periods.
   */
  weekOfYear?: readonly number[];
  /**
   * Optional, weekly series only: the first day (YYYY-MM-DD) of every period, aligned with `counts`. When given, a
   * year back follows R's `surveillance` with dates: the same calendar date, moved to the nearest same weekday
   * (2013-06-06 goes back to 2012-06-07, 2011-06-09, 2010-06-03). Takes precedence over `weekOfYear`.
   */
  dates?: readonly string[];
}

export interface ThresholdResult {
  method: ThresholdMethod;
  /** Expected count (baseline mean / median / model prediction). */
  expected: number;
  /** The threshold: a count above it raises an alarm. */
  upper: number;
  /** Endemic channel only: the lower and middle lines of the channel (Q1, median, Q3). */
  channel?: { q1: number; median: number; q3: number };
  /** True when counts[index] > upper (null when counts[index] is null). */
  alarm: boolean | null;
  /** How many baseline counts the threshold rests on (missing ones left out). */
  baselineSize?: number;
  /** Farrington methods only: what the model found. */
  model?: {
    /** The overdispersion φ ≥ 1. */
    phi: number;
    /** Whether the time trend was kept. */
    trend: boolean;
    /** R's upper bound of the prediction, before the rule of 5 cases in 4 periods is folded into `upper`. */
    predictionUpper: number;
  };
}

/** Why a method gives no threshold for a period. */
export type ThresholdUnavailableReason =
  /** `index` is not an integer inside `counts`. */
  | 'INDEX_OUT_OF_RANGE'
  /** The series does not reach back far enough for the method's baseline. */
  | 'HISTORY_TOO_SHORT'
  /** The baseline reaches back far enough but too many of its counts are missing. */
  | 'TOO_MANY_MISSING'
  /** R's EARS C3 bound is built on the judged count itself, which is missing. */
  | 'JUDGED_COUNT_MISSING'
  /** The model could not be fitted to the baseline (it did not converge or is degenerate). */
  | 'MODEL_FAILED';

/** A threshold, or the reason there is none. */
export type ThresholdOutcome =
  { ok: true; result: ThresholdResult } | { ok: false; reason: ThresholdUnavailableReason };
