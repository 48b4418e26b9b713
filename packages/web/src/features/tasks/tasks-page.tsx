import { Button, Card, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconFileText, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { TaskCreateForm } from './task-create-form.tsx';
import { TaskFilters } from './task-filters.tsx';
import { ASSIGNING_ROLES } from './task-roles.ts';
import { tasksQuery } from './tasks-queries.ts';
import type { TasksSearch } from './tasks-search.ts';
import { TasksTable } from './tasks-table.tsx';

/** Nhiệm vụ: the filtered task list, with "Giao nhiệm vụ" and the directives for the department. */
export function TasksPage({ search }: { search: TasksSearch }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const tasks = useQuery(tasksQuery({ ...search, overdue: search.overdue === '1' }));
  const canAssign = ASSIGNING_ROLES.includes(user.role);

  const actions = canAssign && (
    <Group gap="sm">
      <Button variant="default" leftSection={<IconFileText size={18} />} renderRoot={(props) => <Link to="/nhiem-vu/van-ban" {...props} />}>
        {vi.tasks.directivesLink}
      </Button>
      <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="task-assign">
        {vi.tasks.assign}
      </Button>
    </Group>
  );

  return (
    <>
      <PageHeader title={vi.tasks.title} description={vi.tasks.description} actions={actions} />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <TaskFilters search={search} onChange={(next) => void navigate({ to: '/nhiem-vu', search: next, replace: true })} />
          {tasks.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
          {tasks.isError && <LoadError error={tasks.error} onRetry={() => void tasks.refetch()} />}
          {tasks.data &&
            (tasks.data.length === 0 ? (
              <Text c="dimmed" data-testid="tasks-empty">
                {vi.tasks.empty}
              </Text>
            ) : (
              <>
                <Text size="sm" c="dimmed">
                  {vi.tasks.count(tasks.data.length)}
                </Text>
                <TasksTable tasks={tasks.data} />
              </>
            ))}
        </Stack>
      </Card>
      <Modal opened={creating} onClose={() => setCreating(false)} title={vi.tasks.assign} size="lg">
        {creating && (
          <TaskCreateForm
            onDone={(taskId) => {
              setCreating(false);
              if (taskId !== null) void navigate({ to: '/nhiem-vu/$taskId', params: { taskId: String(taskId) } });
            }}
          />
        )}
      </Modal>
    </>
  );
}
