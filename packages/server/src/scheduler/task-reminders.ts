import { reminderStage, type ReminderStage } from '@syt/core/notifications/reminder-stage.ts';
import { nextDueDate } from '@syt/core/tasks/index.ts';
import { formatViDate } from '@syt/core/vi/date.ts';
import type { Database } from '../db/database.ts';
import { vi } from '../messages.ts';
import { roleAllows } from '../features/access/access.policy.ts';
import type { Role } from '@syt/core/api/contract.ts';
import { dueLabel } from '../features/notifications/due-label.ts';
import type { NotificationDraft, Recipient } from '../features/notifications/notifications.repository.ts';
import { deadlineOf } from '../features/tasks/tasks.presenter.ts';
import { coordinatingUnits, listTasks, type TaskRecord } from '../features/tasks/tasks.repository.ts';

const OPEN = ['NOT_STARTED', 'IN_PROGRESS', 'OVERDUE'];
const TITLES: Record<ReminderStage, (title: string, date: string) => string> = {
  DUE_SOON: vi.notifications.taskDueSoon,
  DUE: vi.notifications.taskDue,
  OVERDUE: vi.notifications.taskOverdue,
};

/** The date an open task is next due on `today`: its fixed date, or the recurrence's next one (null when ongoing). */
export function taskDueDate(task: Pick<TaskRecord, 'deadline_kind' | 'deadline_date' | 'deadline_day' | 'deadline_month'>, today: string): string | null {
  return nextDueDate(deadlineOf(task), today);
}

/** Whether a user works on a task: a role that reports progress, and a scope holding its lead or a coordinating unit. */
export function worksOn(user: Recipient, unitPaths: string[]): boolean {
  return roleAllows(user.role as Role, 'report-progress') && unitPaths.some((p) => p.startsWith(user.scopePath));
}

/** The reminders that confirmed, open tasks call for on `today`, one per user concerned. */
export async function taskReminders(db: Database, users: Recipient[], today: string, daysBefore: number): Promise<NotificationDraft[]> {
  const tasks = (await listTasks(db, { pathPrefix: '/', includeDrafts: false })).filter((t) => OPEN.includes(t.status));
  const coordinating = await coordinatingUnits(db, tasks.map((t) => Number(t.id)));
  const drafts: NotificationDraft[] = [];
  for (const task of tasks) {
    const due = taskDueDate(task, today);
    const stage = due && reminderStage(due, today, daysBefore);
    if (!due || !stage) continue;
    const paths = [task.lead_path, ...(coordinating.get(Number(task.id)) ?? []).map((u) => u.path)];
    const date = formatViDate(due);
    const content = {
      kind: `TASK_${stage}`,
      title: TITLES[stage](task.title, date),
      body: vi.notifications.taskBody(task.lead_name, date, dueLabel(due, today)),
      link: `/nhiem-vu/${task.id}`,
      dedupeKey: `TASK_${stage}:${task.id}:${due}`,
    };
    for (const user of users) if (worksOn(user, paths)) drafts.push({ userId: user.id, ...content });
  }
  return drafts;
}
