import { Alert, Badge, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { qualityVi } from '../../i18n/quality.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { fetchViolationAnalysis, violationExportUrl, type OutlierRequest } from './quality-api.ts';

const t = qualityVi.page.rules;
const count = (n: number) => n.toLocaleString('vi-VN');
const monthLabel = (period: string) => `${period.slice(4, 6)}/${period.slice(0, 4)}`;

/** The failed validation rules of every form that reported in the range, with how many forms were and were not checked. */
export function ViolationResults({ request }: { request: OutlierRequest }) {
  const list = useQuery({ queryKey: ['quality', 'validation', request], queryFn: () => fetchViolationAnalysis(request), staleTime: 0 });
  if (list.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const { rows, truncated, checked, notReported } = list.data;
  return (
    <Stack gap="sm">
      <Text size="sm">{t.summary(checked, notReported)}</Text>
      {rows.length === 0 ? (
        <Text>{t.none}</Text>
      ) : (
        <>
          <Group justify="space-between" wrap="wrap">
            <Text fw={600}>{t.found(rows.length)}</Text>
            <ExportButtons urlOf={(format) => violationExportUrl(request, format)} />
          </Group>
          {truncated && <Alert color="yellow">{t.truncated(rows.length)}</Alert>}
          <Table.ScrollContainer minWidth={800}>
            <Table striped data-testid="violations-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.columns.unit}</Table.Th>
                  <Table.Th>{t.columns.period}</Table.Th>
                  <Table.Th>{t.columns.rule}</Table.Th>
                  <Table.Th>{t.columns.importance}</Table.Th>
                  <Table.Th ta="right">{t.columns.values}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={`${r.orgUnit}|${r.period}|${r.rule}`}>
                    <Table.Td>{r.orgUnitName}</Table.Td>
                    <Table.Td>{monthLabel(r.period)}</Table.Td>
                    <Table.Td>{r.message}</Table.Td>
                    <Table.Td>
                      <Badge color={r.importance === 'HIGH' ? 'red' : 'yellow'} variant="light">
                        {t.importance[r.importance] ?? r.importance}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {`${count(r.left)} ${r.operator} ${count(r.right)}`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
