/**
 * Tasks and deadlines, pure: labels, due dates of recurring deadlines, the status a task has at a moment, Part II of
 * the monthly report proposed from tasks, and directives parsed into draft tasks.
 */
export { nextDueDate, deadlineLabel } from './deadline.ts';
export { statusOn, completionStatus, type TaskTiming } from './status.ts';
export { proposePlan, type PlannedTask } from './plan.ts';

/** A directive's text parsed into groups of draft tasks, one group per numbered heading. */
export { parseDirective } from '../directive/index.ts';

/** Vietnamese labels of the task statuses, fields and directive types. */
export { TASK_STATUS_LABELS, TASK_FIELD_LABELS, DIRECTIVE_TYPE_LABELS } from './labels.ts';
