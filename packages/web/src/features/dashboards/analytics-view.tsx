import type { AnalyticsQuery, ChartLayout, FavouriteKind, PivotLayout } from '@syt/core/api/analytics.ts';
import { Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { AnalyticsChart } from '../analytics/chart-panel.tsx';
import { PivotView } from '../analytics/pivot-view.tsx';
import { analyticsQuery } from './dashboards-api.ts';

interface AnalyticsViewProps {
  kind: FavouriteKind;
  query: AnalyticsQuery;
  layout: PivotLayout | ChartLayout;
}

/**
 * A saved query drawn read-only with the analysis page's own pivot table and chart (no sorting, no layout controls),
 * computed from stored values on request.
 */
export function AnalyticsView({ kind, query, layout }: AnalyticsViewProps) {
  const table = useQuery(analyticsQuery(query));
  if (table.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (table.isError) return <LoadError error={table.error} onRetry={() => void table.refetch()} />;
  return kind === 'pivot' ? (
    <PivotView table={table.data} layout={layout as PivotLayout} />
  ) : (
    <AnalyticsChart table={table.data} layout={layout as ChartLayout} height={300} />
  );
}
