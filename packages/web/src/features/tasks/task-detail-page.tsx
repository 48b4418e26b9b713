import { Anchor, Group, Loader, SimpleGrid, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ConfirmDraftButton } from './confirm-draft-button.tsx';
import { TaskEditButton } from './task-edit.tsx';
import { TaskFacts } from './task-facts.tsx';
import { TaskHistory } from './task-history.tsx';
import { TaskUpdateForm } from './task-update-form.tsx';
import { taskQuery } from './tasks-queries.ts';

/** One task: its facts, the history of progress and comments, and the forms the user may post. */
export function TaskDetailPage({ taskId }: { taskId: number }) {
  const task = useQuery(taskQuery(taskId));
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/nhiem-vu" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {vi.tasks.detail.back}
        </Group>
      </Anchor>
      {task.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {task.isError && <LoadError error={task.error} onRetry={() => void task.refetch()} />}
      {task.data && (
        <>
          <PageHeader
            title={task.data.title}
            description={task.data.fieldLabel}
            actions={
              <Group gap="sm">
                {task.data.draft && <ConfirmDraftButton taskId={taskId} canConfirm={task.data.can.edit} />}
                <TaskEditButton task={task.data} />
              </Group>
            }
          />
          <TaskFacts task={task.data} />
          <SimpleGrid cols={{ base: 1, lg: task.data.can.update || task.data.can.comment ? 2 : 1 }} spacing="md" style={{ alignItems: 'start' }}>
            <TaskHistory task={task.data} />
            {(task.data.can.update || task.data.can.comment) && (
              <Stack gap="md">
                {task.data.can.update && <TaskUpdateForm taskId={taskId} kind="PROGRESS" />}
                {task.data.can.comment && <TaskUpdateForm taskId={taskId} kind="COMMENT" />}
              </Stack>
            )}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
