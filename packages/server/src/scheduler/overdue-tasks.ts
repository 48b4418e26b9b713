import { TASK_STATUS_LABELS, statusOn } from '@syt/core/tasks/index.ts';
import type { Database } from '../db/database.ts';
import { vi } from '../messages.ts';
import { timingOf } from '../features/tasks/tasks.presenter.ts';
import { insertUpdate } from '../features/tasks/task-updates.repository.ts';
import { markTasksOverdue, openTasksWithDeadline } from '../features/tasks/tasks.repository.ts';

/** Who the history names for changes nobody made by hand. */
export const SYSTEM_ACTOR = 'system';

/**
 * Stores OVERDUE on every open task whose date has passed on `today` (Vietnam time), with a STATUS line in each
 * task's history; returns the ids. Runs in one transaction so a task never turns overdue without its history line.
 */
export async function markOverdueTasks(db: Database, today: string, nowIso: string): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const open = await openTasksWithDeadline(trx);
    const ids = open.filter((t) => statusOn(timingOf(t), today) === 'OVERDUE').map((t) => Number(t.id));
    if (ids.length === 0) return [];
    await markTasksOverdue(trx, ids, nowIso);
    for (const id of ids) {
      await insertUpdate(trx, {
        task_id: id, kind: 'STATUS', text: vi.notifications.autoOverdue(TASK_STATUS_LABELS.OVERDUE), status: 'OVERDUE',
        created_at: nowIso, created_by: SYSTEM_ACTOR,
      });
    }
    return ids;
  });
}
