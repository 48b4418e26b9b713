/** Charts drawn from an analytics table, as ECharts options. */
export { chartOption, thirdDimension } from './chart-option.ts';
export { axisNumber } from './chart-frame.ts';
export { singleValueOf } from './single-value.ts';
export type { ChartOption, ChartSeriesOption, ChartTitleOption, SingleValue } from './chart-types.ts';
