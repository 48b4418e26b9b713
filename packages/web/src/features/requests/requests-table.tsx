import { Anchor, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { formatIsoDate } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import type { RequestSummary } from './requests-api.ts';

const c = vi.requests.columns;

/** Số, ngày, trích yếu (link), units that have sent, units overdue. */
export function RequestsTable({ requests }: { requests: readonly RequestSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="requests-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.number}</Table.Th>
            <Table.Th>{c.date}</Table.Th>
            <Table.Th>{c.subject}</Table.Th>
            <Table.Th>{c.progress}</Table.Th>
            <Table.Th>{c.overdue}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((r) => (
            <Table.Tr key={r.id} data-testid="request-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.number || '—'}</Table.Td>
              <Table.Td>{formatIsoDate(r.date)}</Table.Td>
              <Table.Td maw={480}>
                <Anchor fw={500} renderRoot={(props) => <Link to="/yeu-cau-bao-cao/$requestId" params={{ requestId: String(r.id) }} {...props} />}>
                  {r.subject}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{vi.requests.progress(r.counts.submitted, r.counts.total)}</Table.Td>
              <Table.Td>
                <Text size="sm" c={r.counts.overdue > 0 ? 'red.8' : 'dimmed'} fw={r.counts.overdue > 0 ? 600 : 400}>
                  {r.counts.overdue}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
