import type { TaskUpdateTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

/** Records a progress report, comment or status change; returns its id. */
export async function insertUpdate(db: Executor, row: Omit<TaskUpdateTable, 'id'>): Promise<number> {
  const { id } = await db.insertInto('task_update').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Attaches stored files to an update. */
export async function linkAttachments(db: Executor, updateId: number, attachmentIds: number[]): Promise<void> {
  if (attachmentIds.length === 0) return;
  await db.insertInto('task_update_attachment').values(attachmentIds.map((attachment_id) => ({ update_id: updateId, attachment_id }))).execute();
}

/** A task's updates, oldest first. */
export async function listUpdates(db: Executor, taskId: number) {
  return db
    .selectFrom('task_update')
    .select(['id', 'kind', 'text', 'status', 'created_at', 'created_by'])
    .where('task_id', '=', taskId)
    .orderBy('id')
    .execute();
}

/** Which attachment belongs to which update, for some updates. */
export async function updateAttachmentLinks(db: Executor, updateIds: number[]) {
  if (updateIds.length === 0) return [];
  return db.selectFrom('task_update_attachment').select(['update_id', 'attachment_id']).where('update_id', 'in', updateIds).orderBy('attachment_id').execute();
}

/** Whether an attachment was posted on one of a task's updates. */
export async function isTaskAttachment(db: Executor, taskId: number, attachmentId: number): Promise<boolean> {
  const row = await db
    .selectFrom('task_update_attachment as a')
    .innerJoin('task_update as u', 'u.id', 'a.update_id')
    .select('a.attachment_id')
    .where('u.task_id', '=', taskId)
    .where('a.attachment_id', '=', attachmentId)
    .executeTakeFirst();
  return row !== undefined;
}
