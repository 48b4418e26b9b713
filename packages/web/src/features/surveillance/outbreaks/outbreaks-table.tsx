import { Anchor, Table, Text } from '@mantine/core';
import type { OutbreakSummary } from '@syt/core/api/surveillance.ts';
import { Link } from '@tanstack/react-router';
import { formatIsoDate, formatNumber } from '../../../i18n/format.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { closureText } from './closure-line.tsx';
import { OutbreakStatusBadge } from './outbreak-status-badge.tsx';

const t = survVi.outbreaks;

/** Outbreaks, one a row, each opening its page. */
export function OutbreaksTable({ outbreaks }: { outbreaks: readonly OutbreakSummary[] }) {
  if (outbreaks.length === 0) return <Text c="dimmed">{t.none}</Text>;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="outbreaks-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.columns.disease}</Table.Th>
            <Table.Th>{t.columns.unit}</Table.Th>
            <Table.Th>{t.columns.place}</Table.Th>
            <Table.Th>{t.columns.start}</Table.Th>
            <Table.Th ta="right">{t.columns.cases}</Table.Th>
            <Table.Th>{t.columns.lastCase}</Table.Th>
            <Table.Th>{t.columns.status}</Table.Th>
            <Table.Th>{t.columns.closure}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outbreaks.map((o) => (
            <Table.Tr key={o.id} data-testid="outbreak-row" data-outbreak-id={o.id} data-org-unit={o.orgUnit.code}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/giam-sat/o-dich/$outbreakId" params={{ outbreakId: String(o.id) }} {...props} />
                  )}
                  fw={500}
                >
                  {o.disease.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{o.orgUnit.name}</Table.Td>
              <Table.Td>{o.place}</Table.Td>
              <Table.Td>{formatIsoDate(o.startDate)}</Table.Td>
              <Table.Td ta="right">{formatNumber(o.totalCases)}</Table.Td>
              <Table.Td>{formatIsoDate(o.lastCaseDate)}</Table.Td>
              <Table.Td>
                <OutbreakStatusBadge status={o.status} label={o.statusLabel} />
              </Table.Td>
              <Table.Td>
                <Text size="xs">{closureText(o)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
