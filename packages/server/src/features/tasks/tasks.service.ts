import type { TaskSummary, TaskView } from '@syt/core/api/tasks.ts';
import { noticeAssigned } from './task-notices.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import { nextDueDate } from '@syt/core/tasks/index.ts';
import { foldVietnamese } from '@syt/core/vi/fold.ts';
import type { AppContext } from '../../app.ts';
import { badRequest, notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { roleAllows, type Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess, requireRole } from '../access/access.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { findDirective } from './directives.repository.ts';
import { taskAbilities, requireTask } from './task-access.ts';
import { taskUpdates } from './task-updates.service.ts';
import { deadlineColumns, toTaskSummary, toTaskView } from './tasks.presenter.ts';
import { coordinatingUnits, insertTask, listTasks, setCoordinating, updateTask } from './tasks.repository.ts';
import type { DirectiveTaskInput, EditTaskInput, ListFilter, TaskInput } from './tasks.schema.ts';

/** Today's date in Vietnam, the day statuses and due dates are shown for. */
export const todayOf = (ctx: Pick<AppContext, 'clock'>) => vietnamDate(ctx.clock.now());

/** The tasks the actor may see, narrowed by the filter; statuses as they stand today. */
export async function listTaskSummaries(ctx: AppContext, actor: Actor, filter: ListFilter): Promise<TaskSummary[]> {
  const unit = filter.unit ? await requireOrgUnitAccess(ctx.db, actor, 'read', filter.unit, 'unit') : undefined;
  const rows = await listTasks(ctx.db, {
    pathPrefix: actor.scopePath,
    includeDrafts: roleAllows(actor.role, 'manage-tasks'),
    ...(filter.draft ? { draftsOnly: true } : {}),
    ...(unit ? { unitPath: unit.path } : {}),
    ...(filter.field ? { field: filter.field } : {}),
    ...(filter.directive ? { directiveId: filter.directive } : {}),
  });
  const coordinating = await coordinatingUnits(ctx.db, rows.map((r) => r.id));
  const today = todayOf(ctx);
  const query = filter.q ? foldVietnamese(filter.q) : undefined;
  return rows
    .filter((r) => taskAbilities(actor, r, coordinating.get(r.id) ?? []).read)
    .filter((r) => !query || foldVietnamese(`${r.title} ${r.content}`).includes(query))
    .map((r) => toTaskSummary(r, coordinating.get(r.id) ?? [], today))
    .filter((s) => (!filter.status || s.status === filter.status) && (!filter.overdue || s.status === 'OVERDUE'));
}

/** One task with its updates, for whoever may read it. */
export async function getTaskView(ctx: AppContext, actor: Actor, id: number, db: Executor = ctx.db): Promise<TaskView> {
  const { task, coordinating, can } = await requireTask(db, actor, id);
  return toTaskView(task, coordinating, todayOf(ctx), await taskUpdates(db, id), can);
}

/** One task created by staff, optionally under a directive. */
export async function createTask(ctx: AppContext, actor: Actor, input: TaskInput & { directiveId?: number | null | undefined }): Promise<TaskView> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (input.directiveId && !(await findDirective(trx, input.directiveId))) throw notFound(vi.tasks.directiveNotFound(input.directiveId));
    const [created] = await insertTasks(trx, ctx, actor, input.directiveId ?? null, [input], false);
    return created!;
  });
  return getTaskView(ctx, actor, id);
}

/**
 * Stores tasks (confirmed, or drafts awaiting review); call inside the caller's transaction. A task given to a group
 * of units is stored once per unit, so each unit reports its own progress and status. Returns their ids.
 */
export async function insertTasks(db: Executor, ctx: Pick<AppContext, 'clock'>, actor: Actor, directiveId: number | null, inputs: (TaskInput | DirectiveTaskInput)[], draft: boolean): Promise<number[]> {
  requireRole(actor, 'manage-tasks');
  const now = ctx.clock.now().toISOString();
  const ids: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const prefix = inputs.length > 1 ? `tasks.${i}.` : '';
    const leads = Array.isArray(input.lead) ? [...new Set(input.lead)] : [input.lead];
    for (const code of leads) {
      const leadField = Array.isArray(input.lead) ? `${prefix}lead.${input.lead.indexOf(code)}` : `${prefix}lead`;
      const { lead, coordinating } = await assignedUnits(db, actor, { lead: code, coordinating: input.coordinating }, prefix, leadField);
      const id = await insertTask(db, {
        directive_id: directiveId, group_heading: input.group ?? null, title: input.title, content: input.content, field: input.field,
        lead_org_unit_id: lead, ...deadlineColumns(input.deadline), due_date: nextDueDate(input.deadline, todayOf(ctx)),
        status: 'NOT_STARTED', draft: draft ? 1 : 0, created_at: now, created_by: actor.username, updated_at: now, updated_by: actor.username,
      });
      await setCoordinating(db, id, coordinating);
      ids.push(id);
    }
  }
  if (!draft) await noticeAssigned(db, now, actor, ids);
  return ids;
}

/** The lead and coordinating units' ids, each inside the actor's scope (400 unknown, 403 outside). */
async function assignedUnits(db: Executor, actor: Actor, input: Pick<TaskInput, 'lead' | 'coordinating'>, prefix: string, leadField = `${prefix}lead`) {
  const lead = await requireOrgUnitAccess(db, actor, 'manage-tasks', input.lead, leadField);
  const coordinating: number[] = [];
  for (const [i, code] of input.coordinating.entries()) {
    const unit = await requireOrgUnitAccess(db, actor, 'manage-tasks', code, `${prefix}coordinating.${i}`);
    if (unit.id !== lead.id) coordinating.push(unit.id);
  }
  return { lead: lead.id, coordinating };
}

/** A staff edit: any of title, content, field, units, deadline, and the statuses people set by hand. */
export async function editTask(ctx: AppContext, actor: Actor, id: number, input: EditTaskInput): Promise<TaskView> {
  await ctx.db.transaction().execute(async (trx) => {
    const { task, coordinating } = await requireTask(trx, actor, id, 'edit');
    const units = input.lead !== undefined || input.coordinating !== undefined
      ? await assignedUnits(trx, actor, { lead: input.lead ?? task.lead_code, coordinating: input.coordinating ?? coordinating.map((u) => u.code) }, '')
      : undefined;
    const { title, content, field, status, deadline } = input;
    await updateTask(trx, id, {
      ...(title !== undefined ? { title } : {}),
      ...(content !== undefined ? { content } : {}),
      ...(field !== undefined ? { field } : {}),
      ...(status !== undefined ? { status } : {}),
      ...(input.group !== undefined ? { group_heading: input.group } : {}),
      ...(deadline ? { ...deadlineColumns(deadline), due_date: nextDueDate(deadline, todayOf(ctx)) } : {}),
      ...(units ? { lead_org_unit_id: units.lead } : {}),
      updated_at: ctx.clock.now().toISOString(),
      updated_by: actor.username,
    });
    if (units) await setCoordinating(trx, id, units.coordinating);
  });
  return getTaskView(ctx, actor, id);
}

/** A reviewed draft becomes a task its units see (409-like 400 when it was confirmed already). */
export async function confirmTask(ctx: AppContext, actor: Actor, id: number): Promise<TaskView> {
  await ctx.db.transaction().execute(async (trx) => {
    const { task } = await requireTask(trx, actor, id, 'edit');
    if (task.draft !== 1) throw badRequest(vi.tasks.notDraft, [{ field: 'id', message: vi.tasks.notDraft }]);
    const now = ctx.clock.now().toISOString();
    await updateTask(trx, id, { draft: 0, updated_at: now, updated_by: actor.username });
    await noticeAssigned(trx, now, actor, [id]);
  });
  return getTaskView(ctx, actor, id);
}
