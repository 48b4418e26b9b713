import { Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { ListPagination } from '../../../ui/list-pagination.tsx';
import { LoadError } from '../../../ui/load-error.tsx';
import { alertsQuery, PAGE_SIZE, type AlertFilter } from '../surveillance-api.ts';
import { AlertsTable } from './alerts-table.tsx';

/** A page of alerts with its count, and page buttons when the page around it turns pages; the filter comes from it. */
export function AlertsPanel({ filter, onPage }: { filter: AlertFilter; onPage?: (page: number) => void }) {
  const alerts = useQuery(alertsQuery(filter));
  if (alerts.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (alerts.isError) return <LoadError error={alerts.error} onRetry={() => void alerts.refetch()} />;
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Text size="sm" c="dimmed" data-testid="alerts-total">
          {survVi.alerts.total(alerts.data.total)}
        </Text>
      </Group>
      <AlertsTable alerts={alerts.data.items} />
      {onPage && <ListPagination total={alerts.data.total} pageSize={PAGE_SIZE} page={filter.page} onChange={onPage} />}
    </Stack>
  );
}
