/** An analytics table drawn as a chart: lines, columns, stacked columns, years over each other, one figure. */
import type { AnalyticsTable, ChartLayout, Dimension } from '../api/analytics.ts';
import { cubeOf, coordsOf, type Coords } from '../pivot/cube.ts';
import { PivotLayoutError } from '../pivot/pivot-types.ts';
import { chartWords } from '../vi/pivot-words.ts';
import { axisFrame } from './chart-frame.ts';
import type { ChartOption, ChartSeriesOption } from './chart-types.ts';
import { singleValueOption } from './single-value.ts';
import { yearOverYearOption } from './year-over-year.ts';

const e = chartWords.errors;

/** The dimension on neither series nor category, which must hold one item; throws naming `layout.<field>`. */
export function thirdDimension(table: AnalyticsTable, layout: Pick<ChartLayout, 'series' | 'category'>): Dimension {
  if (layout.series === layout.category) throw new PivotLayoutError('layout.category', e.sameDimension);
  const third = (['dx', 'ou', 'pe'] as const).find((d) => d !== layout.series && d !== layout.category)!;
  const count = table.items[third].length;
  if (count !== 1) throw new PivotLayoutError('layout.series', e.needsOne(third, count));
  return third;
}

/** The ECharts option drawing `table` as `layout` says; throws `PivotLayoutError` when they do not fit. */
export function chartOption(table: AnalyticsTable, layout: ChartLayout): ChartOption {
  if (layout.type === 'yearOverYear') return yearOverYearOption(table, layout);
  if (layout.type === 'singleValue') return singleValueOption(table, layout);
  const third = thirdDimension(table, layout);
  const cube = cubeOf(table);
  const base: Partial<Coords> = { [third]: table.items[third][0]!.code };
  const categories = table.items[layout.category];
  const series = table.items[layout.series].map((s): ChartSeriesOption => {
    const data = categories.map((c) => cube.value(coordsOf([layout.series, layout.category], [s.code, c.code], base)));
    if (layout.type === 'line') return { type: 'line', name: s.name, data, connectNulls: false };
    return {
      type: 'bar',
      name: s.name,
      data,
      ...(layout.type === 'stackedColumn' ? { stack: 'total' } : {}),
      emphasis: { focus: 'series' },
    };
  });
  return axisFrame(
    layout.title,
    categories.map((c) => c.name),
    series,
  );
}
