/**
 * Tasks and deadlines, pure: labels, due dates of recurring deadlines, the status a task has at a moment, Part II of
 * the monthly report proposed from tasks, and directives parsed into draft tasks. (Being written: signatures fixed.)
 */
import type { DirectiveDraft, TaskDeadline, TaskStatus } from '../api/tasks.ts';

/** What the status rules need of a task. */
export interface TaskTiming {
  deadline: TaskDeadline;
  status: TaskStatus;
  /** ISO date the task was created (recurrences start after it). */
  createdOn: string;
}

/** The next date a deadline falls due on or after `onOrAfter` (ISO); null for ONGOING. */
export function nextDueDate(_deadline: TaskDeadline, _onOrAfter: string): string | null {
  throw new Error('not yet');
}

/** `05/12/2023`, `Ngày 05 hằng tháng`, `Ngày 10 tháng cuối quý`, `Thường xuyên`. */
export function deadlineLabel(_deadline: TaskDeadline): string {
  throw new Error('not yet');
}

/** The status at `today` (ISO date, Vietnam time): open tasks past their due date are OVERDUE; the rest unchanged. */
export function statusOn(_task: TaskTiming, _today: string): TaskStatus {
  throw new Error('not yet');
}

/** The status a task takes when its unit marks it done on `today`: DONE, or DONE_LATE after its due date. */
export function completionStatus(_task: TaskTiming, _today: string): TaskStatus {
  throw new Error('not yet');
}

/** Part II items for the month after `period` (`YYYYMM`): open tasks due in that month, then recurring ones. */
export function proposePlan(_tasks: { title: string; deadline: TaskDeadline; status: TaskStatus; dueDate: string | null }[], _period: string): string[] {
  throw new Error('not yet');
}

/** A directive's text parsed into groups of draft tasks, one group per numbered heading. */
export function parseDirective(_text: string): DirectiveDraft {
  throw new Error('not yet');
}

/** Vietnamese labels of the task statuses, fields and directive types. */
export { TASK_STATUS_LABELS, TASK_FIELD_LABELS, DIRECTIVE_TYPE_LABELS } from './labels.ts';
