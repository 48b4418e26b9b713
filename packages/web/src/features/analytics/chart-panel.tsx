import { Alert, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { CHART_TYPES, DIMENSIONS, type AnalyticsTable, type ChartLayout, type ChartType, type Dimension } from '@syt/core/api/analytics.ts';
import { chartOption, singleValueOf } from '@syt/core/charts/index.ts';
import { PivotLayoutError } from '@syt/core/pivot/pivot-types.ts';
import { formatNumber } from '@syt/core/vi/number.ts';
import { useMemo } from 'react';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';
import { EChart } from '../../ui/chart/echart.tsx';
import type { ChartOption } from '../../ui/chart/echarts-setup.ts';

interface ChartPanelProps {
  table: AnalyticsTable;
  layout: ChartLayout;
  onChange: (layout: ChartLayout) => void;
}

/** Runs a chart builder; a layout that does not fit the table becomes its Vietnamese message. */
function attempt<T>(build: () => T): { value: T } | { error: string } {
  try {
    return { value: build() };
  } catch (error) {
    if (error instanceof PivotLayoutError) return { error: error.message };
    throw error;
  }
}

/** The chart's type, what makes its series and its x axis, and the drawing. */
export function ChartPanel({ table, layout, onChange }: ChartPanelProps) {
  const dims = DIMENSIONS.map((d) => ({ value: d, label: t.dimensions[d] }));
  const axisChart = layout.type !== 'singleValue' && layout.type !== 'yearOverYear';
  const pick = (field: 'series' | 'category', d: Dimension) => {
    const other = field === 'series' ? 'category' : 'series';
    // Picking the other one's dimension swaps them.
    onChange({ ...layout, [field]: d, [other]: layout[other] === d ? layout[field] : layout[other] });
  };
  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t.chart.type}
          data={CHART_TYPES.map((c) => ({ value: c, label: t.chart.types[c] }))}
          value={layout.type}
          onChange={(type) => type && onChange({ ...layout, type: type as ChartType })}
          allowDeselect={false}
          w={240}
          data-testid="analytics-chart-type"
        />
        {axisChart && (
          <>
            <Select label={t.chart.series} data={dims} value={layout.series} onChange={(d) => d && pick('series', d as Dimension)} allowDeselect={false} w={160} />
            <Select label={t.chart.category} data={dims} value={layout.category} onChange={(d) => d && pick('category', d as Dimension)} allowDeselect={false} w={160} />
          </>
        )}
      </Group>
      <AnalyticsChart table={table} layout={layout} />
    </Stack>
  );
}

/** A chart of a table as its layout says, or why the layout does not fit; read-only, for dashboards too. */
export function AnalyticsChart({ table, layout, height = 420 }: { table: AnalyticsTable; layout: ChartLayout; height?: number }) {
  if (layout.type === 'singleValue') return <SingleValueCard table={table} />;
  if (table.cells.length === 0) return <Text c="dimmed">{t.table.empty}</Text>;
  return <Drawing table={table} layout={layout} height={height} />;
}

function Drawing({ table, layout, height }: { table: AnalyticsTable; layout: ChartLayout; height: number }) {
  const result = useMemo(() => attempt(() => withoutEmptySeries(chartOption(table, layout))), [table, layout]);
  if ('error' in result) return <LayoutError message={result.error} />;
  const title = layout.title ?? table.items.dx.map((d) => d.name).join(', ');
  return <EChart option={result.value} label={t.chart.label(title)} height={height} testId="analytics-chart" />;
}

/**
 * The option without the series that have no figure at all (a health unit under a level that reports no dengue), as
 * the pivot hides its empty rows: a legend of names with nothing drawn reads as zeros.
 */
function withoutEmptySeries(option: ReturnType<typeof chartOption>): ChartOption {
  const series = option.series.filter((s) => s.data.some((v) => v !== null));
  return { ...option, series: series.length ? series : option.series } as unknown as ChartOption;
}

/** One figure, large, with its change against the same period a year earlier. */
function SingleValueCard({ table }: { table: AnalyticsTable }) {
  const result = useMemo(() => attempt(() => singleValueOf(table)), [table]);
  if ('error' in result) return <LayoutError message={result.error} />;
  const v = result.value;
  const dx = table.items.dx[0]!;
  return (
    <Paper withBorder p="lg" radius="md" ta="center" data-testid="analytics-single-value">
      <Text fw={600}>
        {dx.name} – {table.items.ou[0]!.name}
      </Text>
      <Text size="sm" c="dimmed">
        {v.period.name}
      </Text>
      <Title order={1} my="sm">
        {v.value === null ? t.table.noDataHint : formatNumber(v.value, dx.decimals ?? 2)}
      </Title>
      {v.change && <Text size="sm">{v.change}</Text>}
    </Paper>
  );
}

function LayoutError({ message }: { message: string }) {
  return (
    <Alert color="orange" title={t.layout.invalid} data-testid="analytics-layout-error">
      {message}
    </Alert>
  );
}
