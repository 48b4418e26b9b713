import type { OutbreakCaseCountView } from '@syt/core/api/surveillance.ts';
import { formatIsoDate } from '../../../i18n/format.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import type { ChartOption } from '../../../ui/chart/echarts-setup.ts';
import { CHART_COLORS } from '../overview/channel-chart-option.ts';

/** The outbreak's cases per day as bars, days in order; several entries of one day add up. */
export function casesChartOption(cases: readonly OutbreakCaseCountView[]): ChartOption {
  const byDay = new Map<string, number>();
  for (const c of [...cases].sort((a, b) => a.date.localeCompare(b.date)))
    byDay.set(c.date, (byDay.get(c.date) ?? 0) + c.count);
  const days = [...byDay.keys()];
  return {
    animation: false,
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: days.map(formatIsoDate), axisLabel: { color: '#343a40' } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#343a40' } },
    series: [
      {
        type: 'bar',
        name: survVi.outbreaks.cases.series,
        itemStyle: { color: CHART_COLORS.observed },
        barMaxWidth: 32,
        data: days.map((d) => byDay.get(d) ?? 0),
      },
    ],
  };
}
