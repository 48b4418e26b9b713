import { Badge, Group, Loader, Stack, Table, Text, Tooltip } from '@mantine/core';
import { HISTORY_CELL_LABELS, type HistoryCell } from '@syt/core/quality/reporting-history.ts';
import { useQuery } from '@tanstack/react-query';
import { qualityVi } from '../../i18n/quality.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { fetchHistory, historyExportUrl, type HistoryRequest } from './quality-api.ts';

const t = qualityVi.page.history;
const COLORS: Record<HistoryCell, string> = { ON_TIME: 'teal', LATE: 'yellow', MISSING: 'red', NOT_DUE: 'gray' };
const SHORT: Record<HistoryCell, string> = { ON_TIME: 'Đ', LATE: 'M', MISSING: 'C', NOT_DUE: '·' };
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const COUNTS = ['due', 'reported', 'onTime', 'late', 'missing'] as const;

function MonthCell({ cell, month }: { cell: HistoryCell | null; month: number }) {
  const label = cell ? HISTORY_CELL_LABELS[cell] : t.notExisting;
  return (
    <Tooltip label={`${t.monthName(month)}: ${label}`} withArrow>
      {cell ? (
        <Badge color={COLORS[cell]} variant={cell === 'NOT_DUE' ? 'outline' : 'filled'} size="sm" radius="sm" aria-label={`${t.monthName(month)}: ${label}`}>
          {SHORT[cell]}
        </Badge>
      ) : (
        <Text size="sm" aria-label={`${t.monthName(month)}: ${label}`}>
          —
        </Text>
      )}
    </Tooltip>
  );
}

/** A year of one form, unit by unit and month by month, with each unit's counts. */
export function HistoryResults({ request }: { request: HistoryRequest }) {
  const history = useQuery({ queryKey: ['quality', 'history', request], queryFn: () => fetchHistory(request), staleTime: 0 });
  if (history.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (history.isError) return <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  const { rows, year } = history.data;
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm">{t.hint(year)}</Text>
        {rows.length > 0 && <ExportButtons urlOf={(format) => historyExportUrl(request, format)} />}
      </Group>
      <Group gap="md">
        {(Object.keys(COLORS) as HistoryCell[]).map((cell) => (
          <Group key={cell} gap={4}>
            <Badge color={COLORS[cell]} variant={cell === 'NOT_DUE' ? 'outline' : 'filled'} size="sm" radius="sm">
              {SHORT[cell]}
            </Badge>
            <Text size="xs">{HISTORY_CELL_LABELS[cell]}</Text>
          </Group>
        ))}
      </Group>
      {rows.length === 0 ? (
        <Text>{t.none}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="history-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.unit}</Table.Th>
                {MONTHS.map((m) => (
                  <Table.Th key={m} ta="center" aria-label={t.monthName(m)}>
                    {t.month(m)}
                  </Table.Th>
                ))}
                {COUNTS.map((c) => (
                  <Table.Th key={c} ta="right">
                    {t.counts[c]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.orgUnit.code}>
                  <Table.Td>{r.orgUnit.name}</Table.Td>
                  {r.months.map((cell, i) => (
                    <Table.Td key={i} ta="center">
                      <MonthCell cell={cell} month={i + 1} />
                    </Table.Td>
                  ))}
                  {COUNTS.map((c) => (
                    <Table.Td key={c} ta="right">
                      {r.counts[c]}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
