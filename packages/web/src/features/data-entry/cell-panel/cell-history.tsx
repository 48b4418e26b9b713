import { Box, Group, Loader, Text, Tooltip } from '@mantine/core';
import { tryParsePeriod } from '@syt/core/period/index.ts';
import { useQuery } from '@tanstack/react-query';
import { formatCompact, formatNumber, formatPeriodLabel } from '../../../i18n/format.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { cellHistoryQuery } from '../data-entry-queries.ts';
import type { CellRef, FormKey, HistoryPoint } from '../data-entry-types.ts';

const p = vi.dataEntry.panel;
const BAR_AREA = 56;

function Bar({ point, max, current }: { point: HistoryPoint; max: number; current: boolean }) {
  const value = point.value === null ? null : Number(point.value);
  const numeric = value !== null && Number.isFinite(value);
  const height = numeric && max > 0 ? Math.max(2, Math.round((value / max) * BAR_AREA)) : 2;
  const shown = point.value === null ? p.noValue : numeric ? formatNumber(value) : point.value;
  const label = numeric ? formatCompact(value) : shown;
  const index = tryParsePeriod(point.period)?.index ?? '';
  return (
    <Tooltip label={`${formatPeriodLabel(point.period)}: ${shown}`} withArrow>
      <Box style={{ flex: 1, minWidth: 0, textAlign: 'center' }} data-testid="history-point" data-period={point.period}>
        <Text fz={10} c={current ? 'teal.8' : 'dimmed'} fw={current ? 700 : 400} style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Text>
        <Box h={BAR_AREA} style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'center' }}>
          <Box
            w="70%"
            h={height}
            bg={point.value === null ? 'gray.3' : current ? 'teal.6' : 'teal.2'}
            style={{ borderRadius: 2 }}
          />
        </Box>
        <Text fz={10} c="dimmed">
          {index}
        </Text>
      </Box>
    </Tooltip>
  );
}

/** The cell's last 12 periods as small bars with their values; the form's own period is highlighted. */
export function CellHistory({ formKey, cell }: { formKey: FormKey; cell: CellRef }) {
  const history = useQuery(cellHistoryQuery(formKey, cell));
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          {p.history}
        </Text>
        {history.data && history.data.length > 0 && (
          <Text size="xs" c="dimmed">
            {formatPeriodLabel(history.data[0]!.period)} – {formatPeriodLabel(history.data.at(-1)!.period)}
          </Text>
        )}
      </Group>
      {history.isPending && <Loader size="xs" aria-label={vi.common.loading} />}
      {history.isError && <LoadError error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && (
        <Group gap={2} wrap="nowrap" align="flex-end" data-testid="cell-history">
          {history.data.map((point) => (
            <Bar
              key={point.period}
              point={point}
              max={Math.max(0, ...history.data.map((h) => Number(h.value)).filter(Number.isFinite))}
              current={point.period === formKey.period}
            />
          ))}
        </Group>
      )}
    </div>
  );
}
