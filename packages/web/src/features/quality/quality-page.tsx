import { Button, Card, Group, Loader, Select, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { parsePeriod, shiftPeriod } from '@syt/core/period/index.ts';
import { IconRefresh, IconSearch } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { qualityVi } from '../../i18n/quality.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { availableFormsQuery } from '../data-entry/data-entry-queries.ts';
import { defaultPeriod } from '../data-entry/pickers/period-options.ts';
import { PeriodPicker } from '../data-entry/pickers/period-picker.tsx';
import { OutlierResults } from './outlier-results.tsx';
import { regenerateBounds } from './quality-api.ts';
import { requestOf, type QualitySearch, type QualityView } from './quality-search.ts';
import { ViolationResults } from './violation-results.tsx';
import { HistoryResults } from './history-results.tsx';

const t = qualityVi.page;
const STAFF_ROLES = new Set(['admin', 'staff']);
const PATH = '/bao-cao/chat-luong-so-lieu';

/**
 * Báo cáo › Chất lượng số liệu: a data set, a unit with its subordinates and a range of months; the outliers (marked
 * for follow-up), the failed validation rules, or the year of the last month reported unit by unit; each exported.
 */
export function QualityPage({ search }: { search: QualitySearch }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const forms = useQuery(availableFormsQuery);
  const monthly = forms.data?.filter((f) => f.dataSet.periodType === 'Monthly') ?? [];
  const [dataSet, setDataSet] = useState<string | null>(search.dataSet ?? null);
  const [orgUnit, setOrgUnit] = useState(search.orgUnit ?? user.orgUnit.code);
  const [to, setTo] = useState(() => search.to ?? defaultPeriod('Monthly'));
  const [from, setFrom] = useState(() => search.from ?? shiftPeriod(parsePeriod(defaultPeriod('Monthly')), -11).code);
  const view: QualityView = search.view ?? 'outliers';
  const request = requestOf(search);
  const canMark = STAFF_ROLES.has(user.role);
  const form = monthly.find((f) => f.dataSet.code === dataSet) ?? monthly[0];
  const units = new Map([[user.orgUnit.code, user.orgUnit.name], ...(form?.orgUnits ?? []).map((u) => [u.code, u.name] as const)]);
  const regenerate = useMutation({
    mutationFn: () => regenerateBounds({ dataSet: form!.dataSet.code, orgUnit }),
    onSuccess: (answer) => notifications.show({ color: 'teal', message: t.regenerated(answer.series) }),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error, vi.errors.unexpected) }),
  });
  const go = (next: QualitySearch) => void navigate({ to: PATH, search: next });

  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <Card withBorder radius="md" padding="md" mb="md">
        {forms.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {forms.isError && <LoadError error={forms.error} onRetry={() => void forms.refetch()} />}
        {form && (
          <Stack gap="md">
            <Group align="flex-end" gap="md" wrap="wrap">
              <Select
                label={t.dataSet}
                data={monthly.map((f) => ({ value: f.dataSet.code, label: f.dataSet.name }))}
                value={form.dataSet.code}
                onChange={(code) => code && setDataSet(code)}
                allowDeselect={false}
                w={{ base: '100%', sm: 420 }}
                data-testid="quality-data-set"
              />
              <Select
                label={t.orgUnit}
                data={[...units].map(([value, label]) => ({ value, label }))}
                value={orgUnit}
                onChange={(code) => code && setOrgUnit(code)}
                searchable
                filter={foldedFilter}
                allowDeselect={false}
                w={260}
                data-testid="quality-org-unit"
              />
            </Group>
            <Group align="flex-end" gap="md" wrap="wrap">
              <PeriodPicker periodType="Monthly" value={from} onChange={setFrom} label={t.from} testId="quality-from" />
              <PeriodPicker periodType="Monthly" value={to} onChange={setTo} label={t.to} testId="quality-to" />
              <Button
                leftSection={<IconSearch size={16} />}
                onClick={() => go({ view, dataSet: form.dataSet.code, orgUnit, from, to })}
                data-testid="quality-run"
              >
                {t.run}
              </Button>
              {canMark && (
                <Button variant="default" leftSection={<IconRefresh size={16} />} loading={regenerate.isPending} onClick={() => regenerate.mutate()}>
                  {t.regenerate}
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Card>
      <Tabs value={view} onChange={(next) => next && go({ ...search, view: next as QualityView })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="outliers">{t.tabs.outliers}</Tabs.Tab>
          <Tabs.Tab value="rules">{t.tabs.rules}</Tabs.Tab>
          <Tabs.Tab value="history">{t.tabs.history}</Tabs.Tab>
        </Tabs.List>
        {request && (
          <Card withBorder radius="md" padding="md">
            {view === 'outliers' && <OutlierResults request={request} canMark={canMark} />}
            {view === 'rules' && <ViolationResults request={request} />}
            {view === 'history' && (
              <HistoryResults request={{ dataSet: request.dataSet, orgUnit: request.orgUnit, year: request.to.slice(0, 4) }} />
            )}
          </Card>
        )}
      </Tabs>
    </>
  );
}
