import { Badge, type MantineColor } from '@mantine/core';
import type { TaskStatus } from '@syt/core/api/tasks.ts';

/** Red for overdue, green for done, orange for done late, blue in progress, gray not started or paused. */
export const TASK_STATUS_COLORS: Record<TaskStatus, MantineColor> = {
  NOT_STARTED: 'gray',
  IN_PROGRESS: 'blue',
  DONE: 'green',
  DONE_LATE: 'orange',
  OVERDUE: 'red',
  PAUSED: 'gray',
};

interface TaskStatusBadgeProps {
  status: TaskStatus;
  /** The server's Vietnamese label. */
  label: string;
  size?: 'sm' | 'md' | 'lg';
  testId?: string;
}

export function TaskStatusBadge({ status, label, size = 'md', testId }: TaskStatusBadgeProps) {
  const filled = status === 'OVERDUE';
  return (
    <Badge color={TASK_STATUS_COLORS[status]} variant={filled ? 'filled' : 'light'} size={size} data-testid={testId} data-status={status}>
      {label}
    </Badge>
  );
}
