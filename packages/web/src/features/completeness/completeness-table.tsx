import { Anchor, Badge, Button, Group, Table, VisuallyHidden } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { formatIsoDate, formatVietnamDateTime } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import { FormStatusBadge } from '../data-entry/form-status-badge.tsx';
import type { CompletenessView } from './completeness-query.ts';

const c = vi.completeness;

/** One row per org unit: status, due date, when it was submitted (Vietnam time); overdue rows stand out. */
export function CompletenessTable({ view }: { view: CompletenessView }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="completeness-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.columns.orgUnit}</Table.Th>
            <Table.Th>{c.columns.status}</Table.Th>
            <Table.Th>{c.columns.dueDate}</Table.Th>
            <Table.Th>{c.columns.submittedAt}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{c.columns.open}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.rows.map((row) => {
            const search = { dataSet: view.dataSet.code, orgUnit: row.orgUnit.code, period: view.period };
            return (
              <Table.Tr
                key={row.orgUnit.code}
                bg={row.overdue ? 'red.0' : undefined}
                data-testid="completeness-row"
                data-org-unit={row.orgUnit.code}
                data-overdue={row.overdue || undefined}
              >
                <Table.Td>
                  <Anchor renderRoot={(props) => <Link to="/nhap-lieu" search={search} {...props} />} fw={500}>
                    {row.orgUnit.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <FormStatusBadge status={row.status} label={row.label} />
                    {row.overdue && (
                      <Badge color="red" variant="filled">
                        {vi.formStatus.overdue}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{formatIsoDate(row.dueDate)}</Table.Td>
                <Table.Td>{row.submittedAt ? formatVietnamDateTime(row.submittedAt) : '—'}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    rightSection={<IconExternalLink size={14} />}
                    renderRoot={(props) => <Link to="/nhap-lieu" search={search} {...props} />}
                  >
                    {c.open}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
