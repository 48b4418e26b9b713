/** The table's cells: every data item × output unit × period with a value; a cell without one is left out. */
import type { AnalyticsCell } from '../api/analytics.ts';
import type { Period } from '../period/index.ts';
import type { PeriodRange } from '../aggregate/index.ts';
import { indicatorValue, seriesValue, type IndicatorDef, type SeriesRows } from './cell-value.ts';
import { windowed } from './series-window.ts';

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
  const windows = new Map<string, ((range: PeriodRange) => SeriesRows) | undefined>();
  const windowOf = (ou: string, key: string) => {
    const k = `${ou}\u0000${key}`;
    if (!windows.has(k)) {
      const s = series.get(ou)?.get(key);
      windows.set(k, s && windowed(s));
    }
    return windows.get(k);
  };
  for (const item of items) {
    for (const ou of units) {
      const seriesOf = (key: string, range: PeriodRange) => windowOf(ou, key)?.(range);
      for (const [p, period] of periods.entries()) {
        const range = ranges[p]!;
        const value =
          item.kind === 'series'
            ? cellValue(seriesOf(item.key, range), period, range)
            : indicatorValue(item.indicator, seriesOf, range);
        if (value !== null && Number.isFinite(value)) cells.push({ dx: item.code, ou, pe: period.code, value });
      }
    }
  }
  return cells;
}

/**
 * One period's value of a series cut to its window. The common case, one stored row of that very period, is that
 * row's value under every rule (a period counts in itself; one unit's latest is its only one); others aggregate.
 */
function cellValue(series: SeriesRows | undefined, period: Period, range: PeriodRange): number | null {
  if (!series || series.rows.length === 0) return null;
  const only = series.rows.length === 1 ? series.rows[0]! : null;
  if (only && only.period === period.code) return only.value;
  return seriesValue(series, range);
}
