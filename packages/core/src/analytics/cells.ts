/** The table's cells: every data item × output unit × period with a value; a cell without one is left out. */
import type { AnalyticsCell } from '../api/analytics.ts';
import type { Period } from '../period/index.ts';
import type { PeriodRange } from '../aggregate/index.ts';
import { indicatorValue, seriesValue, type IndicatorDef, type SeriesRows } from './cell-value.ts';
import { reachOf, windowed, type SeriesWindow } from './series-window.ts';

/** A data item as cells read it: one series, or an indicator over several. */
export type CellItem = { code: string } & (
  { kind: 'series'; key: string } | { kind: 'indicator'; indicator: IndicatorDef }
);

/** The cells of the table, in item, unit, period order; `series` holds each output unit's series by key. */
export function computeCells(
  items: readonly CellItem[],
  units: readonly string[],
  periods: readonly Period[],
  series: ReadonlyMap<string, ReadonlyMap<string, SeriesRows>>,
): AnalyticsCell[] {
  const cells: AnalyticsCell[] = [];
  const ranges: PeriodRange[] = periods.map((period) => ({ from: period, to: period }));
  const reaches = ranges.map(reachOf);
  const windows = new Map<string, SeriesWindow | undefined>();
  const windowOf = (ou: string, key: string) => {
    const k = `${ou}\u0000${key}`;
    if (!windows.has(k)) {
      const s = series.get(ou)?.get(key);
      windows.set(k, s && windowed(s));
    }
    return windows.get(k);
  };
  const push = (dx: string, ou: string, pe: string, value: number | null) => {
    if (value !== null && Number.isFinite(value)) cells.push({ dx, ou, pe, value });
  };
  for (const item of items) {
    for (const ou of units) {
      if (item.kind === 'series') {
        const window = windowOf(ou, item.key);
        if (window)
          for (const [p, period] of periods.entries())
            push(item.code, ou, period.code, cellValue(window, period, ranges[p]!, reaches[p]!));
        continue;
      }
      const seriesOf = (key: string, range: PeriodRange) => windowOf(ou, key)?.cut(range);
      for (const [p, period] of periods.entries())
        push(item.code, ou, period.code, indicatorValue(item.indicator, seriesOf, ranges[p]!));
    }
  }
  return cells;
}

/**
 * One period's value of a series cut to its window. The common case, one stored row of that very period, is that
 * row's value under every rule (a period counts in itself; one unit's latest is its only one); others aggregate.
 */
function cellValue(
  window: SeriesWindow,
  period: Period,
  range: PeriodRange,
  [from, to]: readonly [number, number],
): number | null {
  const lo = window.lower(from);
  const hi = window.lower(to);
  if (hi === lo) return null;
  const only = hi - lo === 1 ? window.rows[lo]! : null;
  if (only && only.period === period.code) return only.value;
  return seriesValue(window.slice(lo, hi), range);
}
