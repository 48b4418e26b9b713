import { Badge, type MantineColor } from '@mantine/core';
import type { SubmissionStatus } from '@syt/core/api/requests.ts';

/** Đã nộp green, Nộp muộn orange, Chưa nộp gray, Quá hạn red. */
const COLORS: Record<SubmissionStatus, MantineColor> = {
  SUBMITTED: 'green',
  SUBMITTED_LATE: 'orange',
  PENDING: 'gray',
  OVERDUE: 'red',
};

export function SubmissionStatusBadge({ status, label }: { status: SubmissionStatus; label: string }) {
  return (
    <Badge color={COLORS[status]} variant={status === 'OVERDUE' ? 'filled' : 'light'} size="sm" data-status={status}>
      {label}
    </Badge>
  );
}
