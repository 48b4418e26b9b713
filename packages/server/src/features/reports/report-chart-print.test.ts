import type { ChartOption } from '@syt/core/charts/index.ts';
import { describe, expect, it } from 'vitest';
import { legendRows, printedChart } from './report-chart-print.ts';

const axisChart = (names: string[]): ChartOption => ({
  legend: { type: 'scroll', bottom: 0 },
  grid: { left: 16, right: 24, top: 16, bottom: 40, containLabel: true },
  series: names.map((name) => ({ type: 'line', name, data: [1, null, 3] })),
});

describe('a chart laid out for paper', () => {
  it('keeps one row for a few short names and wraps long ones onto rows of their own', () => {
    expect(legendRows(['Năm 2022', 'Năm 2023'], 620)).toBe(1);
    const long = 'Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Kon Tum';
    expect(legendRows([long, long, long], 620)).toBe(3);
  });

  it('names every series with a plain legend and grows by the extra rows, the plot keeping its height', () => {
    const names = Array.from({ length: 13 }, (_, i) => `Huyện số ${i + 1} tỉnh Kon Tum`);
    const { option, height } = printedChart(axisChart(names), 620, 340);
    const extra = (legendRows(names, 620) - 1) * 22;
    expect(extra).toBeGreaterThan(0);
    expect(option.legend).toMatchObject({ type: 'plain', bottom: 0 });
    expect(height).toBe(340 + extra);
    expect(option.grid!.bottom).toBe(40 + extra);
    expect(option.series).toEqual(axisChart(names).series);
  });

  it('leaves a chart without a legend as it is', () => {
    const single: ChartOption = { series: [] };
    expect(printedChart(single, 620, 340)).toEqual({ option: single, height: 340 });
  });
});
