import type { AnalyticsQuery, AnalyticsTable, ChartLayout, FavouriteKind, PivotLayout } from '@syt/core/api/analytics.ts';
import { chartOption, singleValueOf } from '@syt/core/charts/index.ts';
import { PivotLayoutError } from '@syt/core/pivot/index.ts';
import { Alert, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { dashVi } from '../../i18n/dashboards.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { EChart } from '../../ui/chart/echart.tsx';
import type { ChartOption } from '../../ui/chart/echarts-setup.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { analyticsQuery } from './dashboards-api.ts';
import { formatFigure } from './figure-format.ts';
import { PivotPreview } from './pivot-preview.tsx';

const t = dashVi.favourite;

interface AnalyticsViewProps {
  kind: FavouriteKind;
  query: AnalyticsQuery;
  layout: PivotLayout | ChartLayout;
  title: string;
}

/** Runs a pivot or chart builder; a layout that no longer fits its table becomes its Vietnamese message. */
function attempt<T>(build: () => T): { value: T } | { error: string } {
  try {
    return { value: build() };
  } catch (error) {
    if (error instanceof PivotLayoutError) return { error: error.message };
    throw error;
  }
}

function LayoutError({ message }: { message: string }) {
  return (
    <Alert color="orange" data-testid="dashboard-layout-error">
      {message}
    </Alert>
  );
}

/** One figure, large, with its change against the same period a year earlier ("Chưa có số liệu" when there is none). */
function SingleValue({ table }: { table: AnalyticsTable }) {
  const result = useMemo(() => attempt(() => singleValueOf(table)), [table]);
  if ('error' in result) return <LayoutError message={result.error} />;
  const v = result.value;
  return (
    <Stack gap={2} align="center" py="md" data-testid="dashboard-single-value">
      <Text size="sm" c="dimmed">
        {table.items.ou[0]?.name} · {v.period.name}
      </Text>
      <Text fz={36} fw={700} c={v.value === null ? 'dimmed' : undefined} data-value={v.value ?? undefined}>
        {v.value === null ? t.noData : formatFigure(v.value, table.items.dx[0]?.decimals ?? null)}
      </Text>
      {v.change && <Text size="sm">{v.change}</Text>}
    </Stack>
  );
}

function Chart({ table, layout, title }: { table: AnalyticsTable; layout: ChartLayout; title: string }) {
  const result = useMemo(() => attempt(() => chartOption(table, layout) as unknown as ChartOption), [table, layout]);
  if ('error' in result) return <LayoutError message={result.error} />;
  return <EChart option={result.value} label={title} height={300} testId="dashboard-chart" />;
}

/** A saved query drawn read-only: its pivot table or its chart, computed from stored values on request. */
export function AnalyticsView({ kind, query, layout, title }: AnalyticsViewProps) {
  const table = useQuery(analyticsQuery(query));
  if (table.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (table.isError) return <LoadError error={table.error} onRetry={() => void table.refetch()} />;
  if (kind === 'pivot') return <PivotPreview table={table.data} layout={layout as PivotLayout} />;
  const chart = layout as ChartLayout;
  if (chart.type === 'singleValue') return <SingleValue table={table.data} />;
  return <Chart table={table.data} layout={chart} title={title} />;
}
