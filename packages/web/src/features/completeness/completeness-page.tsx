import { Card, Group, Loader, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { vi } from '../../i18n/vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { availableFormsQuery } from '../data-entry/data-entry-queries.ts';
import { PeriodPicker } from '../data-entry/pickers/period-picker.tsx';
import { completenessQuery } from './completeness-query.ts';
import { completeCompletenessSearch, type CompletenessSearch } from './completeness-search.ts';
import { CompletenessSummaryCards } from './completeness-summary.tsx';
import { CompletenessTable } from './completeness-table.tsx';

function CompletenessResults({ dataSet, period }: { dataSet: string; period: string }) {
  const view = useQuery(completenessQuery(dataSet, period));
  if (view.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (view.isError) return <LoadError error={view.error} onRetry={() => void view.refetch()} />;
  return (
    <>
      <CompletenessSummaryCards summary={view.data.summary} />
      <Card withBorder radius="md" padding="md">
        {view.data.rows.length === 0 ? (
          <Text c="dimmed">{vi.completeness.empty}</Text>
        ) : (
          <CompletenessTable view={view.data} />
        )}
      </Card>
    </>
  );
}

/** Báo cáo › Tình hình nộp báo cáo: pick a data set and period; rates, then every unit's status. */
export function CompletenessPage({ search }: { search: CompletenessSearch }) {
  const navigate = useNavigate();
  const forms = useQuery(availableFormsQuery);
  const setSearch = (next: CompletenessSearch, replace = false) =>
    void navigate({ to: '/bao-cao/tinh-hinh-nop', search: next, replace });

  useEffect(() => {
    if (!forms.data) return;
    const completed = completeCompletenessSearch(forms.data, search);
    if (completed.dataSet !== search.dataSet || completed.period !== search.period) {
      void navigate({ to: '/bao-cao/tinh-hinh-nop', search: completed, replace: true });
    }
  }, [forms.data, search, navigate]);

  const form = forms.data?.find((f) => f.dataSet.code === search.dataSet);
  return (
    <>
      <PageHeader title={vi.completeness.title} description={vi.completeness.description} />
      <Card withBorder radius="md" padding="md" mb="md">
        {forms.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {forms.isError && <LoadError error={forms.error} onRetry={() => void forms.refetch()} />}
        {forms.data?.length === 0 && <Text c="dimmed">{vi.dataEntry.noForms}</Text>}
        {forms.data && forms.data.length > 0 && (
          <Group align="flex-end" gap="md" wrap="wrap">
            <Select
              label={vi.dataEntry.pickers.dataSet}
              data={forms.data.map((f) => ({ value: f.dataSet.code, label: f.dataSet.name }))}
              value={form?.dataSet.code ?? null}
              onChange={(dataSet) =>
                dataSet && setSearch(completeCompletenessSearch(forms.data, { ...search, dataSet }))
              }
              searchable
              filter={foldedFilter}
              allowDeselect={false}
              w={{ base: '100%', sm: 420 }}
              data-testid="pick-data-set"
            />
            {form && (
              <PeriodPicker
                periodType={form.dataSet.periodType}
                value={search.period}
                onChange={(period) => setSearch({ ...search, period })}
                testId="pick-period"
              />
            )}
          </Group>
        )}
      </Card>
      {form && search.period ? (
        <CompletenessResults dataSet={form.dataSet.code} period={search.period} />
      ) : (
        forms.data && forms.data.length > 0 && <Text c="dimmed">{vi.completeness.pickPrompt}</Text>
      )}
    </>
  );
}
