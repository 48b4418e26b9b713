import { Anchor, Table } from '@mantine/core';
import type { UnitAlertRow } from '@syt/core/api/surveillance.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { UnitStateBadge } from './unit-state-badge.tsx';
import { STATE_ORDER } from './unit-state.ts';

const t = survVi.overview;

/** The most serious first, then the province's order (the server's), so the units needing attention lead. */
function bySeriousness(rows: readonly UnitAlertRow[]): UnitAlertRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => STATE_ORDER.indexOf(b.row.state) - STATE_ORDER.indexOf(a.row.state) || a.index - b.index)
    .map(({ row }) => row);
}

/** One row per unit: its alert state, open alerts, active outbreaks and last week's cases. */
export function UnitStateTable({ rows, onPick }: { rows: readonly UnitAlertRow[]; onPick: (unit: string) => void }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="surveillance-units">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.columns.unit}</Table.Th>
            <Table.Th>{t.columns.state}</Table.Th>
            <Table.Th ta="right">{t.columns.openAlerts}</Table.Th>
            <Table.Th ta="right">{t.columns.activeOutbreaks}</Table.Th>
            <Table.Th ta="right">{t.columns.lastWeekCases}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bySeriousness(rows).map((row) => (
            <Table.Tr
              key={row.unit.code}
              data-testid="surveillance-unit-row"
              data-org-unit={row.unit.code}
              data-state={row.state}
            >
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => onPick(row.unit.code)}
                  aria-label={t.showUnit(row.unit.name)}
                >
                  {row.unit.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <UnitStateBadge state={row.state} label={row.stateLabel} />
              </Table.Td>
              <Table.Td ta="right">{formatNumber(row.openAlerts)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.activeOutbreaks)}</Table.Td>
              <Table.Td ta="right">
                {row.lastWeekCases === null ? t.notReported : formatNumber(row.lastWeekCases)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
