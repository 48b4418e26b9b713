/** The frame of the axis charts: title, axis tooltip, legend, Vietnamese figures. */
import { formatNumber } from '../vi/number.ts';
import { chartWords } from '../vi/pivot-words.ts';
import type { ChartOption, ChartSeriesOption } from './chart-types.ts';

/** Axis and tooltip figures in Vietnamese: `1.234,5`. */
export const axisNumber = (value: number) => formatNumber(value, 2);
const tooltipNumber = (value: unknown) => (typeof value === 'number' ? formatNumber(value, 2) : chartWords.noData);

/** The frame every axis chart shares: title, axis tooltip, scrolling legend, Vietnamese figures on the y axis. */
export function axisFrame(title: string | undefined, categories: string[], series: ChartSeriesOption[]): ChartOption {
  return {
    ...(title ? { title: { text: title, left: 'center', textStyle: { fontSize: 14 } } } : {}),
    tooltip: { trigger: 'axis', valueFormatter: tooltipNumber },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 16, right: 24, top: title ? 40 : 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: axisNumber } },
    series,
  };
}
