/**
 * The status a task has on a day. Stored statuses are what people set; OVERDUE is derived from the deadline.
 *
 * Choices:
 * - DONE, DONE_LATE and PAUSED are final or deliberate and never change with time.
 * - Only a DATE deadline makes a task OVERDUE (today after the date). Recurring deadlines (MONTHLY, QUARTERLY,
 *   HALF_YEARLY, YEARLY) are never overdue as a whole: each period's occurrence is a reminder, not a status.
 *   ONGOING and ON_REQUEST are never overdue.
 * - A task stored OVERDUE that is no longer past due (its deadline moved later, or made recurring) returns to
 *   IN_PROGRESS, not NOT_STARTED: it was already under way long enough to be late.
 */
import type { TaskDeadline, TaskStatus } from '../api/tasks.ts';

/** What the status rules need of a task. */
export interface TaskTiming {
  deadline: TaskDeadline;
  status: TaskStatus;
  /** ISO date the task was created (recurrences start after it). */
  createdOn: string;
}

const SETTLED: readonly TaskStatus[] = ['DONE', 'DONE_LATE', 'PAUSED'];

/** True when a DATE deadline has passed on `today` (ISO strings compare as dates). */
function pastDue(deadline: TaskDeadline, today: string): boolean {
  return deadline.kind === 'DATE' && today > deadline.date;
}

/** The status at `today` (ISO date, Vietnam time): open tasks past their due date are OVERDUE; the rest unchanged. */
export function statusOn(task: TaskTiming, today: string): TaskStatus {
  if (SETTLED.includes(task.status)) return task.status;
  if (pastDue(task.deadline, today)) return 'OVERDUE';
  return task.status === 'OVERDUE' ? 'IN_PROGRESS' : task.status;
}

/** The status a task takes when its unit marks it done on `today`: DONE, or DONE_LATE after its due date. */
export function completionStatus(task: TaskTiming, today: string): TaskStatus {
  return pastDue(task.deadline, today) ? 'DONE_LATE' : 'DONE';
}
