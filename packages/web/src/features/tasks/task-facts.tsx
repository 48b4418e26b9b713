import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TaskView } from '@syt/core/api/tasks.ts';
import type { ReactNode } from 'react';
import { vi } from '../../i18n/vi.ts';
import { TaskStatusBadge } from './task-status-badge.tsx';

const d = vi.tasks.detail;

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

/** The task's content, units, field, deadline and status. */
export function TaskFacts({ task }: { task: TaskView }) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <Fact label={d.status} testId="task-status">
            <TaskStatusBadge status={task.status} label={task.statusLabel} />
          </Fact>
          <Fact label={d.deadline} testId="task-deadline-label">
            <Text fw={500} c={task.status === 'OVERDUE' ? 'red.8' : undefined}>
              {task.deadlineLabel}
            </Text>
          </Fact>
          <Fact label={d.field}>
            <Text>{task.fieldLabel}</Text>
          </Fact>
          <Fact label={d.lead} testId="task-lead-unit">
            <Text fw={500}>{task.lead.name}</Text>
          </Fact>
          <Fact label={d.coordinating}>
            <Text>{task.coordinating.length > 0 ? task.coordinating.map((u) => u.name).join(', ') : d.none}</Text>
          </Fact>
          {task.group && (
            <Fact label={d.group}>
              <Text size="sm">{task.group}</Text>
            </Fact>
          )}
        </SimpleGrid>
        <div>
          <Title order={3} size="h5" mb={4}>
            {d.content}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} c={task.content ? undefined : 'dimmed'} data-testid="task-content-text">
            {task.content || d.noContent}
          </Text>
        </div>
      </Stack>
    </Card>
  );
}
