import { Card, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { DataEntryTabs } from './data-entry-tabs.tsx';
import { availableFormsQuery } from './data-entry-queries.ts';
import { formKeyOf, type FormSearch } from './entry-search.ts';
import { FormLoader } from './form-loader.tsx';
import { completeSearch, sameSearch } from './pickers/complete-search.ts';
import { FormPickers } from './pickers/form-pickers.tsx';

/** Nhập liệu: pick a form (kept in the address, so a link opens it), then enter its values. */
export function DataEntryPage({ search }: { search: FormSearch }) {
  const navigate = useNavigate();
  const forms = useQuery(availableFormsQuery);
  const setSearch = (next: FormSearch, replace = false) => void navigate({ to: '/nhap-lieu', search: next, replace });

  // Fill in what has one answer (the only data set or unit, the default period) without a history entry.
  useEffect(() => {
    if (!forms.data) return;
    const completed = completeSearch(forms.data, search);
    if (!sameSearch(completed, search)) void navigate({ to: '/nhap-lieu', search: completed, replace: true });
  }, [forms.data, search, navigate]);

  const key = formKeyOf(search);
  return (
    <>
      <PageHeader title={vi.dataEntry.title} description={vi.dataEntry.description} />
      <DataEntryTabs current="form" />
      <Card withBorder radius="md" padding="md" mb="md">
        {forms.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {forms.isError && <LoadError error={forms.error} onRetry={() => void forms.refetch()} />}
        {forms.data?.length === 0 && <Text c="dimmed">{vi.dataEntry.noForms}</Text>}
        {forms.data && forms.data.length > 0 && <FormPickers forms={forms.data} search={search} onChange={setSearch} />}
      </Card>
      {key ? (
        <FormLoader key={`${key.dataSet}|${key.orgUnit}|${key.period}`} formKey={key} />
      ) : (
        forms.data &&
        forms.data.length > 0 && (
          <Text c="dimmed" data-testid="form-pick-prompt">
            {vi.dataEntry.pickPrompt}
          </Text>
        )
      )}
    </>
  );
}
