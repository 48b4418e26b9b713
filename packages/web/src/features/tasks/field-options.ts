import { TASK_FIELDS, TASK_STATUSES } from '@syt/core/api/tasks.ts';
import { TASK_FIELD_LABELS, TASK_STATUS_LABELS } from '@syt/core/tasks/labels.ts';

/** Lĩnh vực as Select options, in the department's order. */
export const FIELD_OPTIONS = TASK_FIELDS.map((field) => ({ value: field, label: TASK_FIELD_LABELS[field] }));

/** Trạng thái as Select options. */
export const STATUS_OPTIONS = TASK_STATUSES.map((status) => ({ value: status, label: TASK_STATUS_LABELS[status] }));
