import type { AttachmentRef, DirectiveType, DirectiveView, TaskDeadline, TaskField, TaskStatus, TaskSummary, TaskUpdateView, TaskView } from '@syt/core/api/tasks.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import { DIRECTIVE_TYPE_LABELS, TASK_FIELD_LABELS, TASK_STATUS_LABELS, deadlineLabel, nextDueDate, statusOn, type TaskTiming } from '@syt/core/tasks/index.ts';
import type { TaskAbilities } from './task-access.ts';
import type { TaskRecord, UnitRow } from './tasks.repository.ts';

type DeadlineRow = Pick<TaskRecord, 'deadline_kind' | 'deadline_date' | 'deadline_day' | 'deadline_month'>;

/** The deadline a task row stores, as the domain reads it. */
export function deadlineOf(row: DeadlineRow): TaskDeadline {
  switch (row.deadline_kind) {
    case 'DATE':
      return { kind: 'DATE', date: row.deadline_date! };
    case 'MONTHLY':
    case 'QUARTERLY':
    case 'HALF_YEARLY':
      return { kind: row.deadline_kind, day: Number(row.deadline_day) };
    case 'YEARLY':
      return { kind: 'YEARLY', month: Number(row.deadline_month), day: Number(row.deadline_day) };
    case 'ON_REQUEST':
      return { kind: 'ON_REQUEST' };
    default:
      return { kind: 'ONGOING' };
  }
}

/** The deadline's columns. */
export function deadlineColumns(deadline: TaskDeadline) {
  return {
    deadline_kind: deadline.kind,
    deadline_date: deadline.kind === 'DATE' ? deadline.date : null,
    deadline_day: 'day' in deadline ? deadline.day : null,
    deadline_month: deadline.kind === 'YEARLY' ? deadline.month : null,
  };
}

/** What the status rules need of a stored task. */
export function timingOf(row: DeadlineRow & Pick<TaskRecord, 'status' | 'created_at'>): TaskTiming {
  return { deadline: deadlineOf(row), status: row.status as TaskStatus, createdOn: vietnamDate(new Date(row.created_at)) };
}

/** A task as listed, its status and next due date as they stand on `today`. */
export function toTaskSummary(row: TaskRecord, coordinating: UnitRow[], today: string): TaskSummary {
  const deadline = deadlineOf(row);
  const status = statusOn(timingOf(row), today);
  const field = row.field as TaskField;
  return {
    id: row.id,
    directiveId: row.directive_id,
    title: row.title,
    field,
    fieldLabel: TASK_FIELD_LABELS[field],
    lead: { code: row.lead_code, name: row.lead_name },
    coordinating: coordinating.map((u) => ({ code: u.code, name: u.name })),
    deadline,
    dueDate: nextDueDate(deadline, today),
    deadlineLabel: deadlineLabel(deadline),
    status,
    statusLabel: TASK_STATUS_LABELS[status],
    draft: row.draft === 1,
    updatedAt: row.updated_at,
  };
}

/** A task with its content, group, updates and what the actor may do. */
export function toTaskView(row: TaskRecord, coordinating: UnitRow[], today: string, updates: TaskUpdateView[], can: TaskAbilities): TaskView {
  return {
    ...toTaskSummary(row, coordinating, today),
    content: row.content,
    group: row.group_heading,
    updates,
    can: { update: can.update, comment: can.comment, edit: can.edit },
  };
}

/** A directive as listed and shown. */
export function toDirectiveView(
  row: { id: number; number: string; date: string; type: string; issuer: string; subject: string; created_at: string; created_by: string },
  attachment: AttachmentRef | null,
  taskCount: number,
): DirectiveView {
  const type = row.type as DirectiveType;
  return {
    id: row.id,
    number: row.number,
    date: row.date,
    type,
    typeLabel: DIRECTIVE_TYPE_LABELS[type],
    issuer: row.issuer,
    subject: row.subject,
    attachment,
    taskCount,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}
