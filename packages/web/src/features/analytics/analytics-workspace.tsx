import { Alert, Card, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import type { AnalyticsTable, FavouriteView } from '@syt/core/api/analytics.ts';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { AnalyticsActions } from './analytics-actions.tsx';
import { analyticsQuery, favouriteQuery } from './analytics-api.ts';
import { defaultChart, fitLayout, type AnalyticsState } from './analytics-search.ts';
import { ChartPanel } from './chart-panel.tsx';
import { LayoutPanel } from './layout-panel.tsx';
import { PivotView } from './pivot-view.tsx';
import { QueryBuilder } from './query-builder.tsx';
import { SaveFavouriteModal } from './save-favourite-modal.tsx';

interface AnalyticsWorkspaceProps {
  state: AnalyticsState;
  onChange: (state: AnalyticsState) => void;
  onSaved: (favourite: FavouriteView) => void;
}

/** The query builder, the layout, and the table or chart of the answer, with the page's actions. */
export function AnalyticsWorkspace({ state, onChange, onSaved }: AnalyticsWorkspaceProps) {
  const table = useQuery(analyticsQuery(state.query));
  const favourite = useQuery({ ...favouriteQuery(state.favouriteId ?? 0), enabled: state.favouriteId !== null });
  const [saving, setSaving] = useState(false);
  const ready = table.data !== undefined && !table.isError;
  const title = favourite.data?.name ?? t.title;
  const toggleView = () =>
    onChange(
      state.view === 'chart'
        ? { ...state, view: 'table' }
        : { ...state, view: 'chart', chart: defaultChart(state.pivot, state.chart.type) },
    );

  return (
    <>
      <PageHeader
        title={title}
        description={favourite.data ? `${t.title} · ${favourite.data.owner.displayName}` : t.description}
        actions={<AnalyticsActions state={state} title={title} ready={ready} onToggleView={toggleView} onSave={() => setSaving(true)} />}
      />
      <QueryBuilder query={state.query} onApply={(query) => onChange({ ...state, query, pivot: fitLayout(state.pivot, query) })} />
      <Card withBorder radius="md" padding="md">
        <Stack gap="md">
          <SegmentedControl
            w="fit-content"
            value={state.view}
            onChange={(view) => (view === state.view ? undefined : toggleView())}
            data={[
              { value: 'table', label: t.views.table },
              { value: 'chart', label: t.views.chart },
            ]}
            data-testid="analytics-view"
          />
          {state.view === 'table' ? (
            <LayoutPanel layout={state.pivot} onChange={(pivot) => onChange({ ...state, pivot })} />
          ) : null}
          <Result state={state} onChange={onChange} table={table.data} error={table.error} pending={table.isFetching} />
        </Stack>
      </Card>
      {saving && table.data && (
        <SaveFavouriteModal
          opened
          onClose={() => setSaving(false)}
          content={
            state.view === 'chart'
              ? { kind: 'chart', query: table.data.query, layout: state.chart }
              : { kind: 'pivot', query: table.data.query, layout: state.pivot }
          }
          current={favourite.data?.editable ? favourite.data : null}
          onSaved={onSaved}
        />
      )}
    </>
  );
}

interface ResultProps {
  state: AnalyticsState;
  onChange: (state: AnalyticsState) => void;
  table: AnalyticsTable | undefined;
  error: unknown;
  pending: boolean;
}

/** The answer: a hint before a full query, the server's refusal in Vietnamese, or the table or chart. */
function Result({ state, onChange, table, error, pending }: ResultProps) {
  const { dx, ou, pe } = state.query;
  if (!dx.length || !ou.length || !pe.length) return <Text c="dimmed">{t.pickFirst}</Text>;
  if (error)
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />} title={vi.common.loadFailed} role="alert" data-testid="analytics-error">
        {errorMessage(error, vi.errors.unexpected)}
      </Alert>
    );
  if (!table) return <Loader size="sm" aria-label={t.loading} />;
  return (
    <Stack gap="xs" style={{ opacity: pending ? 0.6 : 1 }} aria-busy={pending}>
      {state.view === 'chart' ? (
        <ChartPanel table={table} layout={state.chart} onChange={(chart) => onChange({ ...state, chart })} />
      ) : (
        <PivotView table={table} layout={state.pivot} onChange={(pivot) => onChange({ ...state, pivot })} />
      )}
    </Stack>
  );
}
