/**
 * Judging a unit's count series with its disease's method: the window of periods read (the judged ones and the
 * years of history before them that the methods look back over) and the threshold of each judged period.
 */
import { periodsBetween, shiftPeriod, type Period } from '../period/index.ts';
import { computeThreshold, type ThresholdMethod, type ThresholdResult } from '../surveillance/index.ts';

/** Years of history read before the first judged period: the endemic channel's five, and one to spare. */
export const HISTORY_YEARS = 6;

/** The periods of a window, oldest first, and where the judged ones start. */
export interface SeriesWindow {
  frequency: 52 | 12;
  periods: Period[];
  /** Index in `periods` of the first judged period; every later one is judged too. */
  firstJudged: number;
  /** Weekly windows: each period's ISO week number, so 53-week years line up. */
  weekOfYear?: number[];
}

/** The window ending at `last` whose last `judged` periods are judged, with `HISTORY_YEARS` of history before them. */
export function seriesWindow(last: Period, judged: number): SeriesWindow {
  const frequency = last.type === 'Weekly' ? 52 : 12;
  const firstJudged = shiftPeriod(last, -(judged - 1));
  const periods = periodsBetween(shiftPeriod(firstJudged, -HISTORY_YEARS * frequency), last);
  return {
    frequency,
    periods,
    firstJudged: periods.length - judged,
    ...(frequency === 52 ? { weekOfYear: periods.map((p) => p.index) } : {}),
  };
}

/** One judged period: its count and threshold (null when the method has too little history). */
export interface JudgedPeriod {
  period: string;
  observed: number | null;
  threshold: ThresholdResult | null;
}

/** The threshold of every judged period of a series read over the window. */
export function judgeSeries(method: ThresholdMethod, window: SeriesWindow, counts: readonly (number | null)[]): JudgedPeriod[] {
  const out: JudgedPeriod[] = [];
  for (let index = window.firstJudged; index < window.periods.length; index++) {
    const input = { counts, frequency: window.frequency, index, ...(window.weekOfYear ? { weekOfYear: window.weekOfYear } : {}) };
    out.push({ period: window.periods[index]!.code, observed: counts[index] ?? null, threshold: computeThreshold(method, input) });
  }
  return out;
}
