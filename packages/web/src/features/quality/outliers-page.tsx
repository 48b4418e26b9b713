import { Alert, Button, Card, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { parsePeriod, shiftPeriod } from '@syt/core/period/index.ts';
import { IconDownload, IconRefresh, IconSearch } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
import { fetchOutliers, outlierExportUrl, putFollowUp, regenerateBounds, type OutlierRequest, type OutlierRow } from './outliers-api.ts';
import { requestOf, type OutliersSearch } from './outliers-search.ts';
import { OutliersTable } from './outliers-table.tsx';

const t = qualityVi.page;
const STAFF_ROLES = new Set(['admin', 'staff']);

function OutlierResults({ request, canMark }: { request: OutlierRequest; canMark: boolean }) {
  const queryClient = useQueryClient();
  const key = ['quality', 'outliers', request] as const;
  const list = useQuery({ queryKey: key, queryFn: () => fetchOutliers(request), staleTime: 0 });
  const mark = useMutation({
    mutationFn: ({ row, followUp }: { row: OutlierRow; followUp: boolean }) => putFollowUp(row, followUp),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: key }),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error, vi.errors.unexpected) }),
  });
  if (list.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const { rows, truncated } = list.data;
  if (rows.length === 0) return <Text>{t.none}</Text>;
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text fw={600}>{t.found(rows.length)}</Text>
        <Group gap="xs">
          <Button component="a" href={outlierExportUrl(request, 'xlsx')} download variant="light" leftSection={<IconDownload size={16} />}>
            {t.exportXlsx}
          </Button>
          <Button component="a" href={outlierExportUrl(request, 'csv')} download variant="light" leftSection={<IconDownload size={16} />}>
            {t.exportCsv}
          </Button>
        </Group>
      </Group>
      {truncated && <Alert color="yellow">{t.truncated(rows.length)}</Alert>}
      <OutliersTable rows={rows} canMark={canMark} onMark={(row, followUp) => mark.mutate({ row, followUp })} />
    </Stack>
  );
}

/** Báo cáo › Giá trị bất thường: a data set, a unit with its subordinates and a range of months; the outliers, marked and exported. */
export function OutliersPage({ search }: { search: OutliersSearch }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const forms = useQuery(availableFormsQuery);
  const monthly = forms.data?.filter((f) => f.dataSet.periodType === 'Monthly') ?? [];
  const [dataSet, setDataSet] = useState<string | null>(search.dataSet ?? null);
  const [orgUnit, setOrgUnit] = useState(search.orgUnit ?? user.orgUnit.code);
  const [to, setTo] = useState(() => search.to ?? defaultPeriod('Monthly'));
  const [from, setFrom] = useState(() => search.from ?? shiftPeriod(parsePeriod(defaultPeriod('Monthly')), -11).code);
  const request = requestOf(search);
  const canMark = STAFF_ROLES.has(user.role);
  const form = monthly.find((f) => f.dataSet.code === dataSet) ?? monthly[0];
  const units = new Map([[user.orgUnit.code, user.orgUnit.name], ...(form?.orgUnits ?? []).map((u) => [u.code, u.name] as const)]);
  const regenerate = useMutation({
    mutationFn: () => regenerateBounds({ dataSet: form!.dataSet.code, orgUnit }),
    onSuccess: (answer) => notifications.show({ color: 'teal', message: t.regenerated(answer.series) }),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error, vi.errors.unexpected) }),
  });

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
                data-testid="outliers-data-set"
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
                data-testid="outliers-org-unit"
              />
            </Group>
            <Group align="flex-end" gap="md" wrap="wrap">
              <PeriodPicker periodType="Monthly" value={from} onChange={setFrom} label={t.from} testId="outliers-from" />
              <PeriodPicker periodType="Monthly" value={to} onChange={setTo} label={t.to} testId="outliers-to" />
              <Button
                leftSection={<IconSearch size={16} />}
                onClick={() => void navigate({ to: '/bao-cao/gia-tri-bat-thuong', search: { dataSet: form.dataSet.code, orgUnit, from, to } })}
                data-testid="outliers-run"
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
      {request && (
        <Card withBorder radius="md" padding="md">
          <OutlierResults request={request} canMark={canMark} />
        </Card>
      )}
    </>
  );
}
