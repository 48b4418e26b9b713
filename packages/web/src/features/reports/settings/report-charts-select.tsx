import { MultiSelect } from '@mantine/core';
import { MAX_REPORT_CHARTS } from '@syt/core/api/reports.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { reportChartsVi as t } from '../../../i18n/report-charts.vi.ts';
import { favouritesQuery } from '../../analytics/analytics-api.ts';
import { notifyDone, notifyFailed } from '../notify.ts';
import { saveReportCharts } from '../reports-api.ts';
import { reportKeys, reportSettingsQuery } from '../reports-queries.ts';

/**
 * Biểu đồ kèm báo cáo: the unit's chart favourites drawn into the appendix of each report written for it. A chart set
 * by another officer and not shared with this one stays listed under its number, so saving keeps it.
 */
export function ReportChartsSelect({ org }: { org: string }) {
  const settings = useQuery(reportSettingsQuery(org));
  const favourites = useQuery(favouritesQuery);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (charts: number[]) => saveReportCharts(org, charts),
    onSuccess: (next) => {
      queryClient.setQueryData(reportKeys.settings(org), next);
      void queryClient.invalidateQueries({ queryKey: reportKeys.all });
      notifyDone(t.saved);
    },
    onError: notifyFailed,
  });
  if (!settings.data || !favourites.data) return null;
  const charts = favourites.data.filter((f) => f.kind === 'chart');
  const known = new Set(charts.map((f) => f.id));
  const data = [
    ...charts.map((f) => ({ value: String(f.id), label: f.name })),
    ...settings.data.charts.filter((id) => !known.has(id)).map((id) => ({ value: String(id), label: t.hidden(id) })),
  ];
  const chosen = save.isPending ? save.variables : settings.data.charts;
  return (
    <MultiSelect
      label={t.label}
      description={t.hint}
      placeholder={t.placeholder}
      nothingFoundMessage={t.none}
      data={data}
      value={chosen.map(String)}
      onChange={(values) => save.mutate(values.map(Number))}
      maxValues={MAX_REPORT_CHARTS}
      searchable
      clearable
      disabled={save.isPending}
      maw={420}
      data-testid="report-charts"
    />
  );
}
