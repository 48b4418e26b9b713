import { Anchor, Loader, Table, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { dashVi } from '../../../i18n/dashboards.vi.ts';
import { formatPercent, formatPeriodLabel } from '../../../i18n/format.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { completenessQuery } from '../../completeness/completeness-query.ts';
import { availableFormsQuery } from '../../data-entry/data-entry-queries.ts';
import { defaultPeriod } from '../../data-entry/pickers/period-options.ts';
import { WidgetCard } from './widget-card.tsx';

const t = dashVi.completeness;
/** The monthly forms shown: enough for the department's main reports, few enough for one card. */
const MAX_FORMS = 5;

/** How many units sent each monthly form for the last finished month, in the user's scope; a row opens the details. */
export function CompletenessWidget() {
  const forms = useQuery(availableFormsQuery);
  const monthly = (forms.data ?? []).filter((f) => f.dataSet.periodType === 'Monthly').slice(0, MAX_FORMS);
  const rows = useQueries({
    queries: monthly.map((f) => completenessQuery(f.dataSet.code, defaultPeriod('Monthly'))),
  });
  return (
    <WidgetCard title={dashVi.widgets.completeness} testId="widget-completeness">
      {forms.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {forms.isError && <LoadError error={forms.error} onRetry={() => void forms.refetch()} />}
      {forms.data && monthly.length === 0 && <Text c="dimmed">{t.none}</Text>}
      {monthly.length > 0 && (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.dataSet}</Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t.submitted}
                </Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t.rate}
                </Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t.onTime}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {monthly.map((form, i) => {
                const period = defaultPeriod('Monthly');
                const summary = rows[i]?.data?.summary;
                return (
                  <Table.Tr key={form.dataSet.code} data-testid="completeness-row" data-data-set={form.dataSet.code}>
                    <Table.Td>
                      <Anchor
                        size="sm"
                        renderRoot={(props) => (
                          <Link
                            to="/bao-cao/tinh-hinh-nop"
                            search={{ dataSet: form.dataSet.code, period }}
                            {...props}
                          />
                        )}
                      >
                        {form.dataSet.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {formatPeriodLabel(period)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{summary ? t.submittedOf(summary.submitted, summary.expected) : '…'}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {summary ? formatPercent(summary.reportingRate) : '…'}
                    </Table.Td>
                    <Table.Td ta="right">{summary ? formatPercent(summary.onTimeRate) : '…'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </WidgetCard>
  );
}
