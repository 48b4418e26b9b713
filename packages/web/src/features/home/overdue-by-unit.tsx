import { Anchor, Card, Table, Text, Title } from '@mantine/core';
import type { TodoView } from '@syt/core/api/notifications.ts';
import { Link } from '@tanstack/react-router';
import { vi } from '../../i18n/vi.ts';

const t = vi.todo;

/** For leaders and staff: how many tasks and requests each unit has let pass their deadline; a unit opens its tasks. */
export function OverdueByUnit({ rows }: { rows: NonNullable<TodoView['overdueByUnit']> }) {
  return (
    <Card withBorder radius="md" padding="lg" h="100%" data-testid="overdue-by-unit">
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
                <Table.Td>
                  {/* The unit's overdue tasks, in the task list's filters. */}
                  <Anchor
                    size="sm"
                    renderRoot={(props) => (
                      <Link to="/nhiem-vu" search={{ unit: row.unit.code, overdue: '1' }} {...props} />
                    )}
                  >
                    {row.unit.name}
                  </Anchor>
                </Table.Td>
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
