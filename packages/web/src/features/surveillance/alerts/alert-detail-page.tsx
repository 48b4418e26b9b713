import { Anchor, Card, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatNumber, formatVietnamDateTime } from '../../../i18n/format.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { alertQuery } from '../surveillance-api.ts';
import { AlertActions } from './alert-actions.tsx';
import { AlertStatusBadge } from './alert-status-badge.tsx';
import { Fact } from '../fact.tsx';

const t = survVi.alerts;

/** One alert, where the bell's notification leads: its facts, its history and what may be done with it. */
export function AlertDetailPage({ alertId }: { alertId: number }) {
  const alert = useQuery(alertQuery(alertId));
  const back = (
    <Anchor renderRoot={(props) => <Link to="/giam-sat/canh-bao" {...props} />} size="sm">
      {t.backToList}
    </Anchor>
  );
  if (alert.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (alert.isError) return <LoadError error={alert.error} onRetry={() => void alert.refetch()} />;
  const a = alert.data;
  return (
    <>
      <PageHeader
        title={t.detailTitle(a.id)}
        description={t.what(a.disease.name, a.orgUnit.name, a.periodLabel)}
        actions={back}
      />
      <Card withBorder radius="md" padding="md" data-testid="alert-detail" data-status={a.status}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
            <Fact label={t.columns.disease}>{a.disease.name}</Fact>
            <Fact label={t.columns.unit}>{a.orgUnit.name}</Fact>
            <Fact label={t.columns.period}>{a.periodLabel}</Fact>
            <Fact label={t.columns.kind}>{a.kindLabel}</Fact>
            <Fact label={t.columns.threshold}>{t.observedVsThreshold(a.observed, a.upper)}</Fact>
            <Fact label={t.columns.method}>{a.method ? survVi.methods[a.method] : t.noThreshold}</Fact>
            <Fact label={t.columns.status}>
              <AlertStatusBadge status={a.status} label={a.statusLabel} />
            </Fact>
            <Fact label={t.expected}>{a.expected === null ? t.noThreshold : formatNumber(a.expected)}</Fact>
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm">{t.createdAt(formatVietnamDateTime(a.createdAt))}</Text>
            {a.verifiedBy && a.verifiedAt && (
              <Text size="sm">{t.verifiedBy(a.verifiedBy, formatVietnamDateTime(a.verifiedAt))}</Text>
            )}
            {a.reason && <Text size="sm">{t.reasonShown(a.reason)}</Text>}
          </Stack>
          <Group justify="flex-start">
            <AlertActions alert={a} />
          </Group>
        </Stack>
      </Card>
    </>
  );
}
