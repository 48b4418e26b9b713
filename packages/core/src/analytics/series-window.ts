/**
 * A series sorted by the first day of its stored periods, cut to the rows a range may read before aggregating: a
 * table of 60 months asks each series 60 times, and each answer then looks at one or two rows instead of all.
 * The cut keeps every row `countsInRange` could accept (period/count-once.ts `firstStoredDay`), so values are unchanged.
 */
import type { PeriodRange, PeriodValue } from '../aggregate/index.ts';
import { firstStoredDay, parsePeriod } from '../period/index.ts';
import type { SeriesRows } from './cell-value.ts';

/** An ISO day as the number yyyymmdd: the same order as the text, compared without reading characters. */
const dayNumber = (day: string) =>
  Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));

const starts = new Map<string, number>();
function startOf(code: string): number {
  let start = starts.get(code);
  if (start === undefined) {
    start = dayNumber(parsePeriod(code).startDate);
    if (starts.size > 50_000) starts.clear();
    starts.set(code, start);
  }
  return start;
}

/** First index whose start is ≥ day. */
function lowerBound(days: Float64Array, day: number): number {
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
const reaches = new Map<string, readonly [number, number]>();
const reachesByRange = new WeakMap<PeriodRange, readonly [number, number]>();
/** The first days a range may read, as day numbers: its first stored day, and the day after its last day. */
export function reachOf(range: PeriodRange): readonly [number, number] {
  const known = reachesByRange.get(range);
  if (known) return known;
  const key = `${range.from.code}..${range.to.code}`;
  let reach = reaches.get(key);
  if (!reach) {
    reach = [dayNumber(firstStoredDay(range)), dayNumber(range.to.endDate) + 1];
    if (reaches.size > 10_000) reaches.clear();
    reaches.set(key, reach);
  }
  reachesByRange.set(range, reach);
  return reach;
}

/** A series sorted by the first day of its periods, cut by a range's reach. */
export interface SeriesWindow {
  /** The rows, sorted by first day. */
  readonly rows: readonly PeriodValue[];
  /** The first index whose period starts on or after `day` (a day number of a reach). */
  lower(day: number): number;
  /** The rows `lo..hi` (hi excluded) as a series. */
  slice(lo: number, hi: number): SeriesRows;
  /** Only the rows whose period starts inside the range's reach. */
  cut(range: PeriodRange): SeriesRows;
}

/** The series sorted once, to be cut by many ranges. */
export function windowed(series: SeriesRows): SeriesWindow {
  const unsorted: readonly PeriodValue[] = series.rows;
  const days = unsorted.map((row) => startOf(row.period));
  const order = days.map((_, i) => i);
  // Rows mostly come in period order already (a unit's rows through the index): sort only when they do not.
  if (days.some((day, i) => i > 0 && day < days[i - 1]!)) order.sort((a, b) => days[a]! - days[b]!);
  const rows = order.map((i) => unsorted[i]!);
  const starts = Float64Array.from(order, (i) => days[i]!);
  const lower = (day: number) => lowerBound(starts, day);
  const slice = (lo: number, hi: number) =>
    ({ ...series, rows: lo === 0 && hi === rows.length ? rows : rows.slice(lo, hi) }) as SeriesRows;
  return {
    rows,
    lower,
    slice,
    cut(range) {
      const [from, to] = reachOf(range);
      return slice(lower(from), lower(to));
    },
  };
}
