import { isReportKind, type ReportKind } from '@syt/core/report/report-period.ts';
import { Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReportInstanceSummary } from '@syt/core/api/reports.ts';
import { IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatPeriodLabel, formatVietnamDateTime } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { reportsByStatusQuery } from '../reports/reports-queries.ts';

const h = vi.home;

/** A stored report's kind other than the month, as the report page's address takes it. */
function isPeriodicKind(kind: string | undefined): kind is Exclude<ReportKind, 'monthly'> {
  return isReportKind(kind) && kind !== 'monthly';
}

/** The steps a report waits at: sent to the leader (Duyệt is next) or approved (Phát hành is next). */
export type WaitingStatus = 'submitted' | 'final';

function WaitingReport({ report, status }: { report: ReportInstanceSummary; status: WaitingStatus }) {
  return (
    <Card withBorder radius="md" padding="sm" data-testid="report-waiting" data-report-id={report.id}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Group gap={6} mb={2}>
            <Badge color={status === 'submitted' ? 'orange' : 'blue'} variant="light">
              {report.statusLabel}
            </Badge>
            <Text size="sm" c="dimmed">
              {h.reportStep[status](report.updatedBy, formatVietnamDateTime(report.updatedAt))}
            </Text>
          </Group>
          <Text fw={600}>
            {report.kind === 'monthly' || !report.kind
              ? h.reportTitle(formatPeriodLabel(report.period))
              : h.periodicReportTitle(report.kind, formatPeriodLabel(report.period), report.period.slice(0, 4))}
          </Text>
          <Text size="sm" c="dimmed">
            {report.orgUnit.name}
          </Text>
        </div>
        <Button
          variant="light"
          rightSection={<IconChevronRight size={16} />}
          renderRoot={(props) => (
            <Link
              to="/bao-cao"
              search={{
                org: report.orgUnit.code,
                period: report.period,
                ...(isPeriodicKind(report.kind) ? { kind: report.kind } : {}),
              }}
              {...props}
            />
          )}
          style={{ flexShrink: 0 }}
        >
          {h.openReport}
        </Button>
      </Group>
    </Card>
  );
}

/**
 * The reports waiting for the user's step, oldest first: for leaders those sent to them (Trình ký) to approve, for
 * the clerk those approved to issue.
 */
export function ReportsWaiting({ status }: { status: WaitingStatus }) {
  const query = useQuery(reportsByStatusQuery(status));
  const reports = query.data ? [...query.data].reverse() : undefined;
  return (
    <Card withBorder radius="md" padding="lg" h="100%" data-testid={`reports-waiting-${status}`}>
      <Title order={3} size="h4" mb="md">
        {h.reportsWaiting[status]}
      </Title>
      {query.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {reports?.length === 0 && (
        <Text c="dimmed" data-testid="reports-waiting-empty">
          {h.reportsWaitingEmpty[status]}
        </Text>
      )}
      {reports && reports.length > 0 && (
        <Stack gap="sm">
          {reports.map((report) => (
            <WaitingReport key={report.id} report={report} status={status} />
          ))}
        </Stack>
      )}
    </Card>
  );
}
