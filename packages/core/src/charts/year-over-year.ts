/** Same months over several years: x is the month of the year (T1…T12), one line per year. */
import type { AnalyticsTable, ChartLayout } from '../api/analytics.ts';
import { tryParsePeriod } from '../period/index.ts';
import { cubeOf } from '../pivot/cube.ts';
import { PivotLayoutError } from '../pivot/pivot-types.ts';
import { chartWords } from '../vi/pivot-words.ts';
import type { ChartOption, ChartSeriesOption } from './chart-types.ts';
import { axisFrame } from './chart-frame.ts';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** One line per year of the table's months, for its one data item and one unit; a month not asked for is a gap. */
export function yearOverYearOption(table: AnalyticsTable, layout: ChartLayout): ChartOption {
  for (const d of ['dx', 'ou'] as const) {
    const count = table.items[d].length;
    if (count !== 1) throw new PivotLayoutError('layout.series', chartWords.errors.needsOne(d, count));
  }
  const months = table.items.pe.map((p) => tryParsePeriod(p.code));
  if (months.some((p) => p?.type !== 'Monthly'))
    throw new PivotLayoutError('layout.type', chartWords.errors.monthlyOnly);
  const cube = cubeOf(table);
  const dx = table.items.dx[0]!.code;
  const ou = table.items.ou[0]!.code;
  const years = [...new Set(months.map((p) => p!.year))].sort((a, b) => a - b);
  const series = years.map((year): ChartSeriesOption => ({
    type: 'line',
    name: chartWords.year(String(year)),
    connectNulls: false,
    data: MONTHS.map((m) => {
      const asked = months.some((p) => p!.year === year && p!.index === m);
      return asked ? cube.value({ dx, ou, pe: `${year}${String(m).padStart(2, '0')}` }) : null;
    }),
  }));
  const title = layout.title ?? `${table.items.dx[0]!.name} – ${table.items.ou[0]!.name}`;
  return axisFrame(title, MONTHS.map(chartWords.monthOfYear), series);
}
