import { Anchor, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatIsoDate, formatNumber } from '../../../i18n/format.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { immediateReportsQuery } from '../surveillance-api.ts';

const t = survVi.immediate;

/** The latest immediate reports in the user's scope, each leading to the alert it raised. */
export function ImmediateReportsTable() {
  const list = useQuery(immediateReportsQuery);
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t.recent}
        </Title>
        {list.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
        {list.data && list.data.items.length === 0 && (
          <Text c="dimmed" size="sm">
            {t.recentNone}
          </Text>
        )}
        {list.data && list.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" data-testid="immediate-reports">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.columns.disease}</Table.Th>
                  <Table.Th>{t.columns.unit}</Table.Th>
                  <Table.Th>{t.columns.place}</Table.Th>
                  <Table.Th>{t.columns.onset}</Table.Th>
                  <Table.Th ta="right">{t.columns.count}</Table.Th>
                  <Table.Th>{t.columns.by}</Table.Th>
                  <Table.Th>{t.columns.alert}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.disease.name}</Table.Td>
                    <Table.Td>{r.orgUnit.name}</Table.Td>
                    <Table.Td>{r.place}</Table.Td>
                    <Table.Td>{formatIsoDate(r.onsetDate)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(r.count)}</Table.Td>
                    <Table.Td>{r.createdBy}</Table.Td>
                    <Table.Td>
                      <Anchor
                        renderRoot={(props) => (
                          <Link to="/giam-sat/canh-bao/$alertId" params={{ alertId: String(r.alertId) }} {...props} />
                        )}
                      >
                        {t.openAlert(r.alertId)}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
