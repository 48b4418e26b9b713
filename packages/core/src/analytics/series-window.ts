/**
 * A series sorted by the first day of its stored periods, cut to the rows a range may read before aggregating: a
 * table of 60 months asks each series 60 times, and each answer then looks at one or two rows instead of all.
 * The cut keeps every row `countsInRange` could accept (period/count-once.ts `firstStoredDay`), so values are unchanged.
 */
import type { PeriodRange, PeriodValue } from '../aggregate/index.ts';
import { firstStoredDay, parsePeriod } from '../period/index.ts';
import type { SeriesRows } from './cell-value.ts';

const starts = new Map<string, string>();
function startOf(code: string): string {
  let start = starts.get(code);
  if (start === undefined) {
    start = parsePeriod(code).startDate;
    if (starts.size > 50_000) starts.clear();
    starts.set(code, start);
  }
  return start;
}

/** First index whose start is ≥ day. */
function lowerBound(days: readonly string[], day: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// A table asks the same few ranges of every series: compute each range's reach once.
const reaches = new Map<string, readonly [string, string]>();
function reachOf(range: PeriodRange): readonly [string, string] {
  const key = `${range.from.code}..${range.to.code}`;
  let reach = reaches.get(key);
  if (!reach) {
    reach = [firstStoredDay(range), `${range.to.endDate}\uffff`];
    if (reaches.size > 10_000) reaches.clear();
    reaches.set(key, reach);
  }
  return reach;
}

/** The series as a function of the range: only the rows whose period starts inside the range's reach. */
export function windowed(series: SeriesRows): (range: PeriodRange) => SeriesRows {
  const sorted: readonly PeriodValue[] = series.rows;
  const days = sorted.map((row) => startOf(row.period));
  const order = days.map((_, i) => i).sort((a, b) => (days[a]! < days[b]! ? -1 : days[a]! > days[b]! ? 1 : 0));
  const rows = order.map((i) => sorted[i]!);
  const starts = order.map((i) => days[i]!);
  return (range) => {
    const [from, to] = reachOf(range);
    const lo = lowerBound(starts, from);
    const hi = lowerBound(starts, to);
    return { ...series, rows: lo === 0 && hi === rows.length ? rows : rows.slice(lo, hi) } as SeriesRows;
  };
}
