import { Card, Group, Stack, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import type { TaskUpdateView, TaskView } from '@syt/core/api/tasks.ts';
import { TASK_STATUS_LABELS } from '@syt/core/tasks/labels.ts';
import { IconMessage, IconProgress, IconRefresh } from '@tabler/icons-react';
import { formatVietnamDateTime } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import { AttachmentList } from './attachment-list.tsx';
import { taskAttachmentUrl } from './tasks-api.ts';
import { TaskStatusBadge } from './task-status-badge.tsx';

const d = vi.tasks.detail;
const ICONS = { PROGRESS: IconProgress, COMMENT: IconMessage, STATUS: IconRefresh } as const;

function UpdateItem({ taskId, update }: { taskId: number; update: TaskUpdateView }) {
  return (
    <Stack gap={4} data-testid="task-update" data-kind={update.kind}>
      <Group gap="xs">
        <Text fw={600} size="sm">
          {d.kinds[update.kind]}
        </Text>
        {update.status && <TaskStatusBadge status={update.status} label={TASK_STATUS_LABELS[update.status]} size="sm" />}
      </Group>
      {update.text && <Text style={{ whiteSpace: 'pre-wrap' }}>{update.text}</Text>}
      {!update.text && update.status && <Text size="sm">{d.statusChanged(TASK_STATUS_LABELS[update.status])}</Text>}
      <AttachmentList files={update.attachments} href={(file) => taskAttachmentUrl(taskId, file.id)} />
      <Text size="xs" c="dimmed">
        {d.by(update.createdBy, formatVietnamDateTime(update.createdAt))}
      </Text>
    </Stack>
  );
}

/** Tiến độ và ý kiến: progress reports, leaders' comments and status changes, newest first. */
export function TaskHistory({ task }: { task: TaskView }) {
  const updates = [...task.updates].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  return (
    <Card withBorder radius="md" padding="lg" data-testid="task-history">
      <Title order={3} size="h4" mb="md">
        {d.history}
      </Title>
      {updates.length === 0 ? (
        <Text c="dimmed">{d.historyEmpty}</Text>
      ) : (
        <Timeline bulletSize={28} lineWidth={2}>
          {updates.map((update) => {
            const Icon = ICONS[update.kind];
            return (
              <Timeline.Item
                key={update.id}
                bullet={
                  <ThemeIcon size={28} radius="xl" variant="light" color={update.kind === 'COMMENT' ? 'grape' : 'teal'}>
                    <Icon size={16} />
                  </ThemeIcon>
                }
              >
                <UpdateItem taskId={task.id} update={update} />
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Card>
  );
}
