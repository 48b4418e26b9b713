import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type MarkPointComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only the pieces the app draws are registered, so the bundle carries a fraction of ECharts.
echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkPointComponent,
  MarkLineComponent,
  // Analytics charts name themselves in a title (a single value draws its figure as one).
  TitleComponent,
  SVGRenderer,
]);

/** The options a chart of the app may use: lines, bars, a grid, a legend, a tooltip and marks. */
export type ChartOption = echarts.ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkPointComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
>;

export { echarts };
export type { BarSeriesOption, LineSeriesOption };
