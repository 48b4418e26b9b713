import { Badge, type MantineColor } from '@mantine/core';
import type { FormStatus } from '@syt/core/completeness/index.ts';

/** The department's colours for form statuses: gray not started, blue in progress, green on time, orange late, teal approved. */
export const FORM_STATUS_COLORS: Record<FormStatus, MantineColor> = {
  NOT_STARTED: 'gray',
  IN_PROGRESS: 'blue',
  SUBMITTED_ON_TIME: 'green',
  SUBMITTED_LATE: 'orange',
  APPROVED: 'teal',
};

interface FormStatusBadgeProps {
  status: FormStatus;
  /** The server's Vietnamese label. */
  label: string;
  size?: 'sm' | 'md' | 'lg';
  testId?: string;
}

/** A form's status as a coloured badge with the server's label. */
export function FormStatusBadge({ status, label, size = 'md', testId }: FormStatusBadgeProps) {
  return (
    <Badge color={FORM_STATUS_COLORS[status]} variant="light" size={size} data-testid={testId} data-status={status}>
      {label}
    </Badge>
  );
}
