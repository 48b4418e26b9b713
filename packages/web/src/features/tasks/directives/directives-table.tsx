import { Anchor, Group, Table, Text } from '@mantine/core';
import type { DirectiveView } from '@syt/core/api/tasks.ts';
import { IconDownload } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { formatIsoDate } from '../../../i18n/format.ts';
import { vi } from '../../../i18n/vi.ts';
import { directiveFileUrl } from '../tasks-api.ts';

const c = vi.directives.columns;

/** Số, ngày, loại, trích yếu (with the file), number of tasks (opening them in the task list). */
export function DirectivesTable({ directives }: { directives: readonly DirectiveView[] }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="sm" data-testid="directives-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.number}</Table.Th>
            <Table.Th>{c.date}</Table.Th>
            <Table.Th>{c.type}</Table.Th>
            <Table.Th>{c.subject}</Table.Th>
            <Table.Th>{c.tasks}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {directives.map((d) => (
            <Table.Tr key={d.id} data-testid="directive-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }} fw={500}>
                {d.number}
              </Table.Td>
              <Table.Td>{formatIsoDate(d.date)}</Table.Td>
              <Table.Td>{d.typeLabel}</Table.Td>
              <Table.Td maw={460}>
                <Text size="sm">{d.subject}</Text>
                <Text size="xs" c="dimmed">
                  {d.issuer}
                </Text>
                {d.attachment && (
                  <Anchor href={directiveFileUrl(d.id)} size="xs" download={d.attachment.fileName}>
                    <Group gap={4}>
                      <IconDownload size={12} />
                      {d.attachment.fileName}
                    </Group>
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor size="sm" renderRoot={(props) => <Link to="/nhiem-vu" search={{ directive: String(d.id) }} {...props} />}>
                  {vi.directives.tasks(d.taskCount)}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
