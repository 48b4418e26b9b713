import type { DirectiveDraft, DirectiveView, TaskView } from '@syt/core/api/tasks.ts';
import type { AppContext } from '../../app.ts';
import { notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { roleAllows, type Actor } from '../access/access.policy.ts';
import { requireRole } from '../access/access.service.ts';
import { attachmentRefs, readAttachment, storeAttachment, type Upload } from '../attachments/attachment.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { displayNames } from '../users/display-names.repository.ts';
import { importDirective } from './directive-import.ts';
import { findDirective, insertDirective, listDirectives, openUnitsUnder, type DirectiveRecord } from './directives.repository.ts';
import { toDirectiveView } from './tasks.presenter.ts';
import type { DirectiveInput, DirectiveTaskInput } from './tasks.schema.ts';
import { getTaskView, insertTasks, listTaskSummaries, todayOf } from './tasks.service.ts';

/**
 * Directives are the department's documents: its staff and leaders see them all; a unit sees those holding a task
 * of its own, with only its own tasks counted.
 */
export async function listDirectiveViews(ctx: AppContext, actor: Actor): Promise<DirectiveView[]> {
  const visibleTasks = await listTaskSummaries(ctx, actor, {});
  const counts = new Map<number, number>();
  for (const t of visibleTasks) if (t.directiveId !== null) counts.set(t.directiveId, (counts.get(t.directiveId) ?? 0) + 1);
  const rows = await listDirectives(ctx.db, seesAllDirectives(actor) ? undefined : [...counts.keys()]);
  return presentAll(ctx.db, rows, counts);
}

const seesAllDirectives = (actor: Actor) => roleAllows(actor.role, 'comment-task');

/** One directive the actor may see (404 when none of its tasks is theirs, as when there is no such directive). */
export async function getDirectiveView(ctx: AppContext, actor: Actor, id: number): Promise<DirectiveView> {
  const row = await findDirective(ctx.db, id);
  const tasks = row ? await listTaskSummaries(ctx, actor, { directive: id }) : [];
  if (!row || (!seesAllDirectives(actor) && tasks.length === 0)) throw notFound(vi.tasks.directiveNotFound(id));
  return (await presentAll(ctx.db, [row], new Map([[id, tasks.length]])))[0]!;
}

/** Records a directive with its optional file, in one transaction; staff only. */
export async function createDirective(ctx: AppContext, actor: Actor, input: DirectiveInput, file: Upload | undefined): Promise<DirectiveView> {
  requireRole(actor, 'manage-tasks');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    const attachment = file ? await storeAttachment(trx, file, actor.username, now) : null;
    return insertDirective(trx, { ...input, attachment_id: attachment?.id ?? null, created_at: now, created_by: actor.username, updated_at: now });
  });
  return getDirectiveView(ctx, actor, id);
}

/** An uploaded directive read into a draft (nothing stored); its unit names matched to the open units of the staff member's scope, so a draft proposes no unit they may not assign. */
export async function readDirectiveDraft(ctx: AppContext, actor: Actor, file: Upload): Promise<DirectiveDraft> {
  requireRole(actor, 'manage-tasks');
  return importDirective(file, ctx.config.uploadMaxBytes, await openUnitsUnder(ctx.db, actor.scopePath, todayOf(ctx)));
}

/** The directive's file, for whoever may see the directive. */
export async function directiveFile(ctx: AppContext, actor: Actor, id: number) {
  const view = await getDirectiveView(ctx, actor, id);
  const file = view.attachment ? await readAttachment(ctx.db, view.attachment.id) : undefined;
  if (!file) throw notFound(vi.tasks.noFileOnDirective);
  return file;
}

/** Tasks of a directive as reviewed: all stored in one transaction, confirmed or as drafts; a group's task once per unit. */
export async function addDirectiveTasks(ctx: AppContext, actor: Actor, id: number, tasks: DirectiveTaskInput[], draft: boolean): Promise<TaskView[]> {
  requireRole(actor, 'manage-tasks');
  const ids = await ctx.db.transaction().execute(async (trx) => {
    if (!(await findDirective(trx, id))) throw notFound(vi.tasks.directiveNotFound(id));
    return insertTasks(trx, ctx, actor, id, tasks, draft);
  });
  const views: TaskView[] = [];
  for (const taskId of ids) views.push(await getTaskView(ctx, actor, taskId));
  return views;
}

async function presentAll(db: Executor, rows: DirectiveRecord[], counts: Map<number, number>): Promise<DirectiveView[]> {
  const ids = rows.map((r) => r.attachment_id).filter((a): a is number => a !== null);
  const refs = new Map((await attachmentRefs(db, ids)).map((a) => [a.id, a]));
  const nameOf = await displayNames(db, rows.map((r) => r.created_by));
  return rows.map((r) =>
    toDirectiveView({ ...r, created_by: nameOf(r.created_by) }, r.attachment_id === null ? null : (refs.get(r.attachment_id) ?? null), counts.get(r.id) ?? 0),
  );
}
