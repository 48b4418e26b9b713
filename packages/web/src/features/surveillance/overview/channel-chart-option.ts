import type { SurveillanceOverviewView, WeekThresholdPoint } from '@syt/core/api/surveillance.ts';
import { tryParsePeriod } from '@syt/core/period/index.ts';
import { formatNumber, formatPeriodLabel } from '../../../i18n/format.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import type { ChartOption, LineSeriesOption } from '../../../ui/chart/echarts-setup.ts';
import { escapeHtml } from '../../../ui/chart/escape-html.ts';

const s = survVi.overview.series;
const tip = survVi.overview.tooltip;

/** Colours of the channel's zones (light, under the line) and of the lines drawn over them. */
export const CHART_COLORS = {
  success: '#d3f9d8',
  security: '#fff3bf',
  alert: '#ffd8a8',
  observed: '#1c3d73',
  expected: '#495057',
  upper: '#c92a2a',
  alarm: '#c92a2a',
} as const;

/** `2023W47` → `47`, with the year under week 1 so the turn of the year shows on the axis. */
function weekTick(code: string): string {
  const period = tryParsePeriod(code);
  if (!period) return code;
  return period.index === 1 ? `${period.index}\n${period.year}` : String(period.index);
}

/** The tooltip of one week: its cases, the channel or the threshold, and whether it raised the alarm. */
function weekTooltip(week: WeekThresholdPoint): string {
  const lines = [`<b>${escapeHtml(formatPeriodLabel(week.period))}</b>`];
  lines.push(`${tip.observed}: ${week.observed === null ? tip.notReported : formatNumber(week.observed)}`);
  if (week.channel) {
    const { low, median, high } = week.channel;
    lines.push(tip.channel(formatNumber(low), formatNumber(median), formatNumber(high)));
  } else {
    if (week.expected !== null) lines.push(`${tip.expected}: ${formatNumber(week.expected)}`);
    if (week.upper !== null) lines.push(`${tip.upper}: ${formatNumber(week.upper)}`);
  }
  if (week.alarm) lines.push(`<b>${tip.alarm}</b>`);
  return lines.join('<br/>');
}

/** The three stacked bands of the endemic channel: to Q1, Q1 to the median, the median to Q3. */
function channelSeries(weeks: readonly WeekThresholdPoint[]): LineSeriesOption[] {
  const band = (name: string, color: string, pick: (c: NonNullable<WeekThresholdPoint['channel']>) => number) => ({
    type: 'line' as const,
    name,
    stack: 'channel',
    symbol: 'none',
    silent: true,
    lineStyle: { width: 0 },
    areaStyle: { color, opacity: 1 },
    itemStyle: { color },
    data: weeks.map((w) => (w.channel ? pick(w.channel) : null)),
  });
  return [
    band(s.low, CHART_COLORS.success, (c) => c.low),
    band(s.median, CHART_COLORS.security, (c) => Math.max(0, c.median - c.low)),
    band(s.high, CHART_COLORS.alert, (c) => Math.max(0, c.high - c.median)),
  ];
}

/** The method's expected value and its upper threshold, as lines. */
function thresholdSeries(weeks: readonly WeekThresholdPoint[]): LineSeriesOption[] {
  // A method without enough history yet draws no line, and a line with no point would only clutter the legend.
  const drawn = (line: LineSeriesOption) => (line.data as (number | null)[]).some((v) => v !== null);
  const lines: LineSeriesOption[] = [
    {
      type: 'line',
      name: s.expected,
      symbol: 'none',
      lineStyle: { color: CHART_COLORS.expected, type: 'dotted', width: 1.5 },
      itemStyle: { color: CHART_COLORS.expected },
      data: weeks.map((w) => w.expected),
    },
    {
      type: 'line',
      name: s.upper,
      symbol: 'none',
      lineStyle: { color: CHART_COLORS.upper, type: 'dashed', width: 2 },
      itemStyle: { color: CHART_COLORS.upper },
      data: weeks.map((w) => w.upper),
    },
  ];
  return lines.filter(drawn);
}

/**
 * The weekly curve against its channel ("đường cong dịch"): under an endemic channel the quartile bands, under
 * another method the expected and threshold lines; the weekly counts over them and the weeks over the threshold
 * marked with a red triangle (shape and colour, so the mark does not rest on colour alone).
 */
export function channelChartOption(view: SurveillanceOverviewView): ChartOption {
  const weeks = view.weeks;
  const hasChannel = weeks.some((w) => w.channel !== null);
  const background = hasChannel ? channelSeries(weeks) : thresholdSeries(weeks);
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 56, bottom: 48 },
    // One scrolling line: wrapped onto a second line on a phone, it would run into the axis name.
    // The counts and the alarms lead the legend, so a phone shows them on its first page.
    legend: {
      type: 'scroll',
      top: 0,
      left: 0,
      itemGap: 16,
      textStyle: { color: '#343a40' },
      data: [s.observed, s.alarm, ...background.map((line) => String(line.name))],
    },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const week = first ? weeks[first.dataIndex] : undefined;
        return week ? weekTooltip(week) : '';
      },
    },
    xAxis: {
      type: 'category',
      name: survVi.overview.weekAxis,
      nameLocation: 'middle',
      nameGap: 32,
      boundaryGap: false,
      data: weeks.map((w) => w.period),
      axisLabel: { formatter: weekTick, color: '#343a40' },
    },
    yAxis: {
      type: 'value',
      name: survVi.overview.casesAxis,
      minInterval: 1,
      axisLabel: { color: '#343a40' },
    },
    series: [
      ...background,
      {
        type: 'line',
        name: s.observed,
        symbol: 'circle',
        symbolSize: 5,
        clip: false,
        lineStyle: { color: CHART_COLORS.observed, width: 2.5 },
        itemStyle: { color: CHART_COLORS.observed },
        data: weeks.map((w) => w.observed),
      },
      {
        type: 'line',
        name: s.alarm,
        symbol: 'triangle',
        symbolSize: 14,
        // Every alarm shows, even a lone week at the edge of the grid.
        showAllSymbol: true,
        clip: false,
        z: 5,
        lineStyle: { opacity: 0 },
        itemStyle: { color: CHART_COLORS.alarm },
        data: weeks.map((w) => (w.alarm ? w.observed : null)),
      },
    ],
  };
}
