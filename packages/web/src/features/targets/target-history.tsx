import { Loader, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { formatIsoDate, formatNumber } from '../../i18n/format.ts';
import { targetsVi as t } from '../../i18n/targets.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { targetHistoryQuery } from './targets-api.ts';

/** Every decision's version of a target, newest first. */
export function TargetHistory({ id }: { id: number }) {
  const history = useQuery(targetHistoryQuery(id));
  if (history.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (history.isError) return <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <Table striped data-testid="target-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.columns.decision}</Table.Th>
          <Table.Th>{t.columns.target}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.data.map((r) => (
          <Table.Tr key={r.revision}>
            <Table.Td>
              {t.decisionText(r.decision.number, formatIsoDate(r.decision.date))} ({t.revision(r.revision)})
            </Table.Td>
            <Table.Td>
              {t.targetText[r.direction]} {formatNumber(r.value)} {r.measure}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
