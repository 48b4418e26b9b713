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
  if (kind === 'pivot') return <PivotView table={table.data} layout={layout as PivotLayout} />;
  // The card's title names the chart already: a second one inside the drawing would only take its room.
  const { title: _title, ...untitled } = layout as ChartLayout;
  return <AnalyticsChart table={table.data} layout={untitled} height={300} />;
}
