/** A chart drawn on the server as SVG by ECharts' server-side renderer, for files and documents. */
import type { ChartOption } from '@syt/core/charts/index.ts';
import * as echarts from 'echarts';

/** The option as an SVG document of the given size; no animation (there is no one to watch it). */
export function chartSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      ...option,
      animation: false,
      textStyle: { fontFamily: 'Arial, sans-serif' },
    } as echarts.EChartsOption);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
