import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { TaskSummary } from '@syt/core/api/tasks.ts';
import { Link } from '@tanstack/react-router';
import { vi } from '../../i18n/vi.ts';
import { TaskStatusBadge } from './task-status-badge.tsx';

const c = vi.tasks.columns;

/** Nhiệm vụ (link to its page), Lĩnh vực, Đơn vị chủ trì, Thời hạn, Trạng thái. */
export function TasksTable({ tasks }: { tasks: readonly TaskSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="tasks-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.title}</Table.Th>
            <Table.Th>{c.field}</Table.Th>
            <Table.Th>{c.lead}</Table.Th>
            <Table.Th>{c.deadline}</Table.Th>
            <Table.Th>{c.status}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id} data-testid="task-row" data-task-id={task.id}>
              <Table.Td maw={420}>
                <Group gap={6} wrap="nowrap">
                  <Anchor fw={500} renderRoot={(props) => <Link to="/nhiem-vu/$taskId" params={{ taskId: String(task.id) }} {...props} />}>
                    {task.title}
                  </Anchor>
                  {task.draft && (
                    <Badge size="xs" variant="outline" color="gray">
                      {vi.tasks.draft}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{task.fieldLabel}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{task.lead.name}</Text>
                {task.coordinating.length > 0 && (
                  <Text size="xs" c="dimmed">
                    + {task.coordinating.map((u) => u.name).join(', ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c={task.status === 'OVERDUE' ? 'red.8' : undefined} fw={task.status === 'OVERDUE' ? 600 : 400}>
                  {task.deadlineLabel}
                </Text>
              </Table.Td>
              <Table.Td>
                <TaskStatusBadge status={task.status} label={task.statusLabel} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
