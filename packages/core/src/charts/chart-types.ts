/**
 * The ECharts option a chart layout becomes, typed by the parts SYT sets (ECharts takes it as it is, in the browser
 * and in the server's SVG rendering). The components it needs: line and bar series, grid, legend, tooltip, title.
 */
export interface ChartSeriesOption {
  type: 'line' | 'bar';
  name: string;
  /** One figure per category; null is a gap, never drawn as zero. */
  data: (number | null)[];
  stack?: string;
  connectNulls?: boolean;
  emphasis?: { focus: 'series' };
}

export interface ChartTitleOption {
  text: string;
  subtext?: string;
  left?: string;
  top?: string | number;
  textStyle?: { fontSize?: number; fontWeight?: string };
  subtextStyle?: { fontSize?: number };
}

export interface ChartOption {
  title?: ChartTitleOption | ChartTitleOption[];
  tooltip?: { trigger: 'axis' | 'item'; valueFormatter?: (value: unknown) => string };
  /** Scrolling on screen; plain (wrapping onto as many rows as it needs) on paper, where nothing scrolls. */
  legend?: { type: 'scroll' | 'plain'; bottom: number; left?: string; width?: number };
  grid?: { left: number | string; right: number | string; top: number; bottom: number; containLabel: boolean };
  xAxis?: { type: 'category'; data: string[]; axisLabel?: { hideOverlap: boolean } };
  yAxis?: { type: 'value'; axisLabel: { formatter: (value: number) => string } };
  series: ChartSeriesOption[];
}

/** A single figure and its change against the same period a year earlier. */
export interface SingleValue {
  dx: string;
  ou: string;
  /** The later period of the query ("this"), and the one a year before it, when the query holds it. */
  period: { code: string; name: string };
  lastYearPeriod: { code: string; name: string } | null;
  value: number | null;
  lastYear: number | null;
  /** `tăng 8,7% so với cùng kỳ năm trước`; null when there is nothing to compare with. */
  change: string | null;
}
