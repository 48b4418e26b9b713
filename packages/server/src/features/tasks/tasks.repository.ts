import { sql, type Expression, type SqlBool } from 'kysely';
import type { TaskTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

const taskColumns = [
  't.id', 't.directive_id', 't.group_heading', 't.title', 't.content', 't.field', 't.lead_org_unit_id', 't.deadline_kind',
  't.deadline_date', 't.deadline_day', 't.deadline_month', 't.due_date', 't.status', 't.draft', 't.created_at', 't.created_by', 't.updated_at',
  't.updated_by', 'ou.code as lead_code', 'ou.name as lead_name', 'ou.path as lead_path',
] as const;

const tasks = (db: Executor) => db.selectFrom('task as t').innerJoin('org_unit as ou', 'ou.id', 't.lead_org_unit_id').select(taskColumns);

export type TaskRecord = Awaited<ReturnType<ReturnType<typeof tasks>['executeTakeFirstOrThrow']>>;
export type TaskRow = Omit<TaskTable, 'id'>;

/** A unit reference with the path access decisions need. */
export interface UnitRow {
  code: string;
  name: string;
  path: string;
}

/** A LIKE pattern matching a path and everything below it. */
const under = (path: string) => `${path.replace(/[!%_]/g, '!$&')}%`;
export const likeUnder = (column: string, path: string): Expression<SqlBool> => sql<SqlBool>`${sql.ref(column)} like ${under(path)} escape '!'`;

/** One task with its lead unit. */
export async function findTask(db: Executor, id: number): Promise<TaskRecord | undefined> {
  return tasks(db).where('t.id', '=', id).executeTakeFirst();
}

/** Tasks whose lead or a coordinating unit lies under `pathPrefix`, narrowed by the filter. */
export async function listTasks(
  db: Executor,
  filter: { pathPrefix: string; unitPath?: string; field?: string; includeDrafts: boolean; draftsOnly?: boolean; directiveId?: number },
): Promise<TaskRecord[]> {
  const involving = (path: string) =>
    sql<SqlBool>`(${likeUnder('ou.path', path)} or exists (select 1 from task_unit tu join org_unit cu on cu.id = tu.org_unit_id
      where tu.task_id = t.id and ${likeUnder('cu.path', path)}))`;
  let q = tasks(db).where(involving(filter.pathPrefix));
  if (filter.unitPath) q = q.where(involving(filter.unitPath));
  if (filter.field) q = q.where('t.field', '=', filter.field);
  if (!filter.includeDrafts) q = q.where('t.draft', '=', 0);
  if (filter.draftsOnly) q = q.where('t.draft', '=', 1);
  if (filter.directiveId !== undefined) q = q.where('t.directive_id', '=', filter.directiveId);
  return q.orderBy('t.id').execute();
}

/** The coordinating units of some tasks, by task id. */
export async function coordinatingUnits(db: Executor, taskIds: number[]): Promise<Map<number, UnitRow[]>> {
  const byTask = new Map<number, UnitRow[]>();
  if (taskIds.length === 0) return byTask;
  const rows = await db
    .selectFrom('task_unit as tu')
    .innerJoin('org_unit as ou', 'ou.id', 'tu.org_unit_id')
    .select(['tu.task_id', 'ou.code', 'ou.name', 'ou.path'])
    .where('tu.task_id', 'in', taskIds)
    .orderBy('ou.sort_order')
    .orderBy('ou.code')
    .execute();
  for (const r of rows) byTask.set(r.task_id, [...(byTask.get(r.task_id) ?? []), { code: r.code, name: r.name, path: r.path }]);
  return byTask;
}

/** Inserts a task; returns its id. */
export async function insertTask(db: Executor, row: TaskRow): Promise<number> {
  const { id } = await db.insertInto('task').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Replaces a task's coordinating units. */
export async function setCoordinating(db: Executor, taskId: number, orgUnitIds: number[]): Promise<void> {
  await db.deleteFrom('task_unit').where('task_id', '=', taskId).execute();
  const unique = [...new Set(orgUnitIds)];
  if (unique.length > 0) {
    await db.insertInto('task_unit').values(unique.map((org_unit_id) => ({ task_id: taskId, org_unit_id, role: 'COORDINATE' as const }))).execute();
  }
}

/** Changes some columns of a task. */
export async function updateTask(db: Executor, id: number, changes: Partial<TaskRow>): Promise<void> {
  await db.updateTable('task').set(changes).where('id', '=', id).execute();
}

/** Confirmed, open tasks with a fixed date (the ones that can fall overdue), for the scheduler. */
export async function openTasksWithDeadline(db: Executor) {
  return db
    .selectFrom('task')
    .select(['id', 'title', 'lead_org_unit_id', 'deadline_kind', 'deadline_date', 'deadline_day', 'deadline_month', 'due_date', 'status', 'created_at'])
    .where('draft', '=', 0)
    .where('deadline_kind', '=', 'DATE')
    .where('status', 'in', ['NOT_STARTED', 'IN_PROGRESS'])
    .orderBy('id')
    .execute();
}

/** Stores OVERDUE on open tasks (the scheduler found them past due); settled tasks are left alone. */
export async function markTasksOverdue(db: Executor, ids: number[], now: string): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('task')
    .set({ status: 'OVERDUE', updated_at: now, updated_by: 'system' })
    .where('id', 'in', ids)
    .where('status', 'in', ['NOT_STARTED', 'IN_PROGRESS'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Confirmed tasks whose lead or a coordinating unit lies in a subtree: what Part II of its report is proposed from. */
export async function confirmedTasksUnder(db: Executor, path: string): Promise<TaskRecord[]> {
  return listTasks(db, { pathPrefix: path, includeDrafts: false });
}
