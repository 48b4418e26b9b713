import { Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { ListPagination } from '../../../ui/list-pagination.tsx';
import { LoadError } from '../../../ui/load-error.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { StatusFilter } from '../alerts/status-filter.tsx';
import { outbreaksQuery, PAGE_SIZE } from '../surveillance-api.ts';
import { DiseaseFilter } from '../disease-filter.tsx';
import type { SurveillanceListSearch } from '../surveillance-search.ts';
import { OutbreaksTable } from './outbreaks-table.tsx';

const t = survVi.outbreaks;

/** Giám sát dịch › Ổ dịch: the outbreaks in the user's scope, newest start first. */
export function OutbreaksPage({ search }: { search: SurveillanceListSearch }) {
  const navigate = useNavigate();
  const page = search.page ?? 1;
  const list = useQuery(outbreaksQuery({ status: search.status, disease: search.disease, page }));
  const go = (next: SurveillanceListSearch) => void navigate({ to: '/giam-sat/o-dich', search: next });
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <Card withBorder radius="md" padding="md">
        <Group mb="md" justify="space-between" align="flex-end">
          <Group align="flex-end" gap="md">
            <StatusFilter
              label={t.status}
              allLabel={t.allStatuses}
              statuses={t.statuses}
              value={search.status}
              onChange={(status) => go({ status, disease: search.disease })}
              testId="outbreaks-status"
            />
            <DiseaseFilter value={search.disease} onChange={(disease) => go({ status: search.status, disease })} />
          </Group>
          {list.data && (
            <Text size="sm" c="dimmed">
              {t.total(list.data.total)}
            </Text>
          )}
        </Group>
        {list.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
        {list.data && (
          <Stack gap="sm">
            <OutbreaksTable outbreaks={list.data.items} />
            <ListPagination
              total={list.data.total}
              pageSize={PAGE_SIZE}
              page={page}
              onChange={(next) => go({ ...search, page: next })}
            />
          </Stack>
        )}
      </Card>
    </>
  );
}
