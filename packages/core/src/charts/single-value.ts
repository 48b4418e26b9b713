/**
 * One figure and its change against a year earlier. The query names both periods (e.g. `pe: ['THIS_MONTH',
 * 'SAME_MONTH_LAST_YEAR']`): the latest of the table's periods is "this", the period a year before it (`202311` →
 * `202211`, `2023Q4` → `2022Q4`) is "last year"; the figure is the first data item's at the first unit.
 */
import type { AnalyticsTable, ChartLayout } from '../api/analytics.ts';
import { samePeriodLastYear, tryParsePeriod } from '../period/index.ts';
import { cubeOf } from '../pivot/cube.ts';
import { PivotLayoutError } from '../pivot/pivot-types.ts';
import { formatNumber } from '../vi/number.ts';
import { percentChange } from '../vi/percent-change.ts';
import { chartWords } from '../vi/pivot-words.ts';
import type { ChartOption, SingleValue } from './chart-types.ts';

/** The figure a single-value chart shows; throws when the table has no period, unit or data item. */
export function singleValueOf(table: AnalyticsTable): SingleValue {
  const { dx, ou, pe } = table.items;
  if (pe.length === 0 || dx.length === 0 || ou.length === 0) {
    throw new PivotLayoutError('query.pe', chartWords.errors.needsPeriods);
  }
  const latest = [...pe]
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || b.endDate.localeCompare(a.endDate))
    .at(-1)!;
  const parsed = tryParsePeriod(latest.code);
  const before = parsed ? samePeriodLastYear(parsed).code : null;
  const lastYearItem = pe.find((p) => p.code === before) ?? null;
  const cube = cubeOf(table);
  const at = (period: string) => cube.value({ dx: dx[0]!.code, ou: ou[0]!.code, pe: period });
  const value = at(latest.code);
  const lastYear = lastYearItem ? at(lastYearItem.code) : null;
  return {
    dx: dx[0]!.code,
    ou: ou[0]!.code,
    period: { code: latest.code, name: latest.name },
    lastYearPeriod: lastYearItem ? { code: lastYearItem.code, name: lastYearItem.name } : null,
    value,
    lastYear,
    change: value === null ? null : percentChange(value, lastYear, chartWords.sameTimeLastYear),
  };
}

/** The figure large in the middle, its name above, its change against last year below. */
export function singleValueOption(table: AnalyticsTable, layout: ChartLayout): ChartOption {
  const v = singleValueOf(table);
  const decimals = table.items.dx[0]!.decimals ?? 2;
  const name = layout.title ?? `${table.items.dx[0]!.name} – ${table.items.ou[0]!.name}`;
  return {
    title: [
      { text: name, subtext: v.period.name, left: 'center', top: 8, textStyle: { fontSize: 14 } },
      {
        text: v.value === null ? chartWords.noData : formatNumber(v.value, decimals),
        subtext: v.change ?? '',
        left: 'center',
        top: '35%',
        textStyle: { fontSize: 40, fontWeight: 'bold' },
        subtextStyle: { fontSize: 14 },
      },
    ],
    series: [],
  };
}
