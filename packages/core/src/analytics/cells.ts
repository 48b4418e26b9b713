/** The table's cells: every data item × output unit × period with a value; a cell without one is left out. */
import type { AnalyticsCell } from '../api/analytics.ts';
import type { Period } from '../period/index.ts';
import type { PeriodRange } from '../aggregate/index.ts';
import { indicatorValue, seriesValue, type IndicatorDef, type SeriesRows } from './cell-value.ts';
import { windowed } from './series-window.ts';

/** A data item as cells read it: one series, or an indicator over several. */
export type CellItem = { code: string } & ({ kind: 'series'; key: string } | { kind: 'indicator'; indicator: IndicatorDef });

/** The cells of the table, in item, unit, period order; `series` holds each output unit's series by key. */
export function computeCells(
  items: readonly CellItem[], units: readonly string[], periods: readonly Period[], series: ReadonlyMap<string, ReadonlyMap<string, SeriesRows>>,
): AnalyticsCell[] {
  const cells: AnalyticsCell[] = [];
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
      for (const period of periods) {
        const range = { from: period, to: period };
        const value = item.kind === 'series' ? seriesValue(seriesOf(item.key, range), range) : indicatorValue(item.indicator, seriesOf, range);
        if (value !== null && Number.isFinite(value)) cells.push({ dx: item.code, ou, pe: period.code, value });
      }
    }
  }
  return cells;
}
