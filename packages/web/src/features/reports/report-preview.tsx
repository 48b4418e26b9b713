import type { ReportKind } from '@syt/core/report/report-period.ts';
import { Badge, Button, Card, Group, Loader, Text } from '@mantine/core';
import type { ReportInstanceView } from '@syt/core/api/reports.ts';
import { IconFilePlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { hasErrorCode } from '../../api/api-error.ts';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { ReportPaper } from './document/report-paper.tsx';
import { CompletenessBanner } from './editor/completeness-banner.tsx';
import { notifyDone, notifyFailed } from './notify.ts';
import { createReport } from './reports-api.ts';
import { reportKeys, reportPreviewQuery } from './reports-queries.ts';

const t = vi.reports;

/** No stored report for the month yet: the report as it would be written now, and Tạo báo cáo for who may. */
export function ReportPreview({
  org,
  period,
  kind = 'monthly',
  includeDrafts,
  canCreate,
}: {
  org: string;
  period: string;
  kind?: ReportKind;
  includeDrafts: boolean;
  canCreate: boolean;
}) {
  const queryClient = useQueryClient();
  const preview = useQuery(reportPreviewQuery(org, period, includeDrafts, kind));
  const create = useMutation({
    mutationFn: () => createReport({ org, period, kind, includeDrafts }),
    onSuccess: (view: ReportInstanceView) => {
      queryClient.setQueryData(reportKeys.instance(view.id), view);
      void queryClient.invalidateQueries({ queryKey: reportKeys.list(org, period, kind) });
      notifyDone(t.created);
    },
    onError: (error) => {
      // Someone created it meanwhile: show theirs.
      if (hasErrorCode(error, 'REPORT_EXISTS'))
        void queryClient.invalidateQueries({ queryKey: reportKeys.list(org, period, kind) });
      notifyFailed(error);
    },
  });
  return (
    <>
      <Card withBorder radius="md" padding="sm" mb="md" data-testid="report-preview-bar">
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Badge color="yellow" variant="light" size="lg" radius="sm">
              {t.previewBadge}
            </Badge>
            <Text size="sm">{canCreate ? t.noReport : t.noReportReadOnly}</Text>
          </Group>
          {canCreate && (
            <Button
              leftSection={<IconFilePlus size={16} />}
              onClick={() => create.mutate()}
              loading={create.isPending}
              data-testid="report-create"
            >
              {t.create}
            </Button>
          )}
        </Group>
      </Card>
      {preview.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {preview.isError && <LoadError error={preview.error} onRetry={() => void preview.refetch()} />}
      {preview.data && (
        <>
          <CompletenessBanner doc={preview.data} />
          <Text size="xs" c="dimmed" mb="sm" ta="center">
            {t.legendPreview}
          </Text>
          <ReportPaper doc={preview.data} />
        </>
      )}
    </>
  );
}
