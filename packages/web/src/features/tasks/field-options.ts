import { TASK_FIELDS, TASK_STATUSES, type TaskStatus } from '@syt/core/api/tasks.ts';
import { TASK_FIELD_LABELS, TASK_STATUS_LABELS } from '@syt/core/tasks/labels.ts';

/** Lĩnh vực as Select options, in the department's order. */
export const FIELD_OPTIONS = TASK_FIELDS.map((field) => ({ value: field, label: TASK_FIELD_LABELS[field] }));

/** Trạng thái as Select options. */
export const STATUS_OPTIONS = TASK_STATUSES.map((status) => ({ value: status, label: TASK_STATUS_LABELS[status] }));

/** The statuses people set by hand (`PUT /api/tasks/:id`); done and overdue follow progress and the calendar. */
export const MANUAL_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'PAUSED'] as const satisfies readonly TaskStatus[];
export type ManualStatus = (typeof MANUAL_STATUSES)[number];

/** Chưa thực hiện, Đang thực hiện, Tạm dừng as Select options. */
export const MANUAL_STATUS_OPTIONS = MANUAL_STATUSES.map((status) => ({ value: status, label: TASK_STATUS_LABELS[status] }));
