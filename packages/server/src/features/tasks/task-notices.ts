/**
 * In-app notices of what people did to a task, written in the same transaction: a confirmed task is announced to the
 * users who work on its units; progress goes to whoever assigned it, a leader's comment to the task's units.
 */
import { deadlineLabel, TASK_STATUS_LABELS } from '@syt/core/tasks/index.ts';
import type { TaskStatus } from '@syt/core/api/tasks.ts';
import { vi } from '../../messages.ts';
import { worksOn } from '../../scheduler/task-reminders.ts';
import type { Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { displayNames } from '../users/display-names.repository.ts';
import {
  activeRecipients,
  insertNotifications,
  type NotificationDraft,
  type Recipient,
} from '../notifications/notifications.repository.ts';
import { deadlineOf } from './tasks.presenter.ts';
import { coordinatingUnits, findTask } from './tasks.repository.ts';

interface Notice {
  kind: string;
  title: string;
  body: string;
  dedupeKey: string;
}

async function send(db: Executor, nowIso: string, taskId: number, users: Recipient[], notice: Notice): Promise<void> {
  const drafts: NotificationDraft[] = users.map((u) => ({ userId: u.id, link: `/nhiem-vu/${taskId}`, ...notice }));
  const mailable = new Set(users.filter((u) => u.email).map((u) => u.id));
  await insertNotifications(db, drafts, nowIso, (id) => mailable.has(id));
}

/** The users working on a task's lead or coordinating units, other than the actor. */
async function taskWorkers(db: Executor, taskId: number, actor: Actor): Promise<Recipient[]> {
  const task = (await findTask(db, taskId))!;
  const paths = [task.lead_path, ...((await coordinatingUnits(db, [taskId])).get(taskId) ?? []).map((u) => u.path)];
  return (await activeRecipients(db)).filter((u) => u.id !== actor.id && worksOn(u, paths));
}

/** Tells the task's units that it was assigned to them (once per task, even if confirmed again). */
export async function noticeAssigned(db: Executor, nowIso: string, actor: Actor, taskIds: number[]): Promise<void> {
  const by = (await displayNames(db, [actor.username]))(actor.username);
  for (const id of taskIds) {
    const task = (await findTask(db, id))!;
    const body = vi.notifications.taskAssignedBody(task.lead_name, deadlineLabel(deadlineOf(task)), by);
    await send(db, nowIso, id, await taskWorkers(db, id, actor), {
      kind: 'TASK_ASSIGNED',
      title: vi.notifications.taskAssigned(task.title),
      body,
      dedupeKey: `TASK_ASSIGNED:${id}`,
    });
  }
}

/** Progress goes to whoever assigned the task; a comment to the task's units. */
export async function noticeUpdated(
  db: Executor,
  nowIso: string,
  actor: Actor,
  update: { taskId: number; updateId: number; kind: 'PROGRESS' | 'COMMENT'; text: string; status: TaskStatus | null },
): Promise<void> {
  const task = (await findTask(db, update.taskId))!;
  const users =
    update.kind === 'COMMENT'
      ? await taskWorkers(db, update.taskId, actor)
      : (await activeRecipients(db)).filter((u) => u.id !== actor.id && u.username === task.created_by);
  const title =
    update.kind === 'COMMENT' ? vi.notifications.taskComment(task.title) : vi.notifications.taskProgress(task.title);
  const status = update.status ? TASK_STATUS_LABELS[update.status] : null;
  const by = (await displayNames(db, [actor.username]))(actor.username);
  const body = vi.notifications.taskUpdateBody(by, status, update.text);
  await send(db, nowIso, update.taskId, users, {
    kind: 'TASK_UPDATED',
    title,
    body,
    dedupeKey: `TASK_UPDATED:${update.taskId}:${update.updateId}`,
  });
}
