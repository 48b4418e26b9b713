import type { AttachmentRef, TaskStatus, TaskUpdateView, TaskView } from '@syt/core/api/tasks.ts';
import { noticeUpdated } from './task-notices.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import { completionStatus } from '@syt/core/tasks/index.ts';
import type { AppContext } from '../../app.ts';
import { notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { attachmentRefs, readAttachment, storeAttachment, type Upload } from '../attachments/attachment.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { displayNames } from '../users/display-names.repository.ts';
import { requireTask } from './task-access.ts';
import { insertUpdate, isTaskAttachment, linkAttachments, listUpdates, updateAttachmentLinks } from './task-updates.repository.ts';
import type { UpdateInput } from './tasks.schema.ts';
import { getTaskView } from './tasks.service.ts';
import { timingOf } from './tasks.presenter.ts';
import { updateTask } from './tasks.repository.ts';

/**
 * A progress report (by the task's units, or staff) or a leader's comment, with its files, in one transaction.
 * Progress marked DONE settles the task as DONE, or DONE_LATE when it comes after the due date.
 */
export async function postTaskUpdate(ctx: AppContext, actor: Actor, id: number, input: UpdateInput, files: Upload[]): Promise<TaskView> {
  await ctx.db.transaction().execute(async (trx) => {
    const { task } = await requireTask(trx, actor, id, input.kind === 'PROGRESS' ? 'update' : 'comment');
    const now = ctx.clock.now();
    const at = now.toISOString();
    let status: TaskStatus | null = null;
    if (input.kind === 'PROGRESS' && input.status) {
      status = input.status === 'DONE' ? completionStatus(timingOf(task), vietnamDate(now)) : 'IN_PROGRESS';
      await updateTask(trx, id, { status, updated_at: at, updated_by: actor.username });
    }
    const updateId = await insertUpdate(trx, { task_id: id, kind: input.kind, text: input.text, status, created_at: at, created_by: actor.username });
    const stored: AttachmentRef[] = [];
    for (const file of files) stored.push(await storeAttachment(trx, file, actor.username, at));
    await linkAttachments(trx, updateId, stored.map((a) => a.id));
    await noticeUpdated(trx, at, actor, { taskId: id, updateId, kind: input.kind, text: input.text, status });
  });
  return getTaskView(ctx, actor, id);
}

/** A task's updates with their attachments, oldest first. */
export async function taskUpdates(db: Executor, taskId: number): Promise<TaskUpdateView[]> {
  const rows = await listUpdates(db, taskId);
  const links = await updateAttachmentLinks(db, rows.map((r) => r.id));
  const refs = new Map((await attachmentRefs(db, links.map((l) => l.attachment_id))).map((a) => [a.id, a]));
  const nameOf = await displayNames(db, rows.map((r) => r.created_by));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    status: (r.status as TaskStatus | null) ?? null,
    attachments: links.filter((l) => l.update_id === r.id).map((l) => refs.get(l.attachment_id)!),
    createdAt: r.created_at,
    createdBy: nameOf(r.created_by),
  }));
}

/** A file posted on a task, for whoever may read the task (404 otherwise, as for a file that is not the task's). */
export async function taskAttachment(ctx: AppContext, actor: Actor, taskId: number, attachmentId: number) {
  await requireTask(ctx.db, actor, taskId);
  const file = (await isTaskAttachment(ctx.db, taskId, attachmentId)) ? await readAttachment(ctx.db, attachmentId) : undefined;
  if (!file) throw notFound(vi.tasks.attachmentNotFound(attachmentId));
  return file;
}
