import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { qualityVi } from '../../i18n/quality.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { OutliersTable } from './outliers-table.tsx';
import { fetchOutliers, outlierExportUrl, putFollowUp, type OutlierRequest, type OutlierRow } from './quality-api.ts';

const t = qualityVi.page;

/** The values outside their bounds or far from their series, with follow-up marks staff can change. */
export function OutlierResults({ request, canMark }: { request: OutlierRequest; canMark: boolean }) {
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
  return (
    <Stack gap="sm">
      <Text size="sm">{t.outliersHint}</Text>
      {rows.length === 0 ? (
        <Text>{t.none}</Text>
      ) : (
        <>
          <Group justify="space-between" wrap="wrap">
            <Text fw={600}>{t.found(rows.length)}</Text>
            <ExportButtons urlOf={(format) => outlierExportUrl(request, format)} />
          </Group>
          {truncated && <Alert color="yellow">{t.truncated(rows.length)}</Alert>}
          <OutliersTable rows={rows} canMark={canMark} onMark={(row, followUp) => mark.mutate({ row, followUp })} />
        </>
      )}
    </Stack>
  );
}
