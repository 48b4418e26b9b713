import { unitTrend } from '@syt/core/dashboards/index.ts';
import { dashVi } from '../../../i18n/dashboards.vi.ts';
import { AnalyticsView } from '../analytics-view.tsx';
import { WidgetCard } from './widget-card.tsx';

/** The user's own unit over the last 12 months: one line per disease. */
export function UnitTrendWidget() {
  const { query, layout } = unitTrend();
  return (
    <WidgetCard title={layout.title ?? dashVi.widgets.unitTrend} testId="widget-unitTrend">
      <AnalyticsView kind="chart" query={query} layout={layout} />
    </WidgetCard>
  );
}
