/**
 * A chart laid out for paper: nothing scrolls there, so the legend names every series on as many rows as it needs,
 * and the chart grows by those rows so the plot keeps its height.
 */
import type { ChartOption } from '@syt/core/charts/index.ts';

/** Height of one legend row and the widths of its parts, in pixels, at ECharts' default legend font (12 px). */
const ROW = 22;
const SYMBOL_AND_GAPS = 25 + 5 + 10;
/** A generous average glyph width of 12 px Arial, so the estimate never has fewer rows than ECharts draws. */
const GLYPH = 7;
const SIDE = 10;

/** How many rows the names take when wrapped across the width. */
export function legendRows(names: readonly string[], width: number): number {
  const available = width - 2 * SIDE;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = SYMBOL_AND_GAPS + name.length * GLYPH;
    if (used > 0 && used + item > available) {
      rows += 1;
      used = 0;
    }
    used += item;
  }
  return rows;
}

/** The option with a plain legend over the whole width, and the height the chart then needs. */
export function printedChart(
  option: ChartOption,
  width: number,
  height: number,
): { option: ChartOption; height: number } {
  if (!option.legend || !option.grid) return { option, height };
  const extra =
    (legendRows(
      option.series.map((s) => s.name),
      width,
    ) -
      1) *
    ROW;
  return {
    option: {
      ...option,
      legend: { type: 'plain', bottom: 0, left: 'center', width: width - 2 * SIDE },
      grid: { ...option.grid, bottom: option.grid.bottom + extra },
    },
    height: height + extra,
  };
}
