import { Card, Table, Text, Title } from '@mantine/core';
import type { TodoView } from '@syt/core/api/notifications.ts';
import { vi } from '../../i18n/vi.ts';

const t = vi.todo;

/** For leaders and staff: how many tasks and requests each unit has let pass their deadline. */
export function OverdueByUnit({ rows }: { rows: NonNullable<TodoView['overdueByUnit']> }) {
  return (
    <Card withBorder radius="md" padding="xl" maw={880} data-testid="overdue-by-unit">
      <Title order={3} size="h4" mb="md">
        {t.overdueByUnit}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t.overdueByUnitEmpty}</Text>
      ) : (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.columns.unit}</Table.Th>
              <Table.Th ta="right">{t.columns.tasks}</Table.Th>
              <Table.Th ta="right">{t.columns.requests}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.unit.code} data-testid="overdue-unit-row">
                <Table.Td>{row.unit.name}</Table.Td>
                <Table.Td ta="right" c={row.tasks > 0 ? 'red.8' : 'dimmed'} fw={row.tasks > 0 ? 600 : 400}>
                  {row.tasks}
                </Table.Td>
                <Table.Td ta="right" c={row.requests > 0 ? 'red.8' : 'dimmed'} fw={row.requests > 0 ? 600 : 400}>
                  {row.requests}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
