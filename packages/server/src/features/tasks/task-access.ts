/** Who may see and act on a task: the one place the task routes ask. */
import { forbidden, notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { inScope, may, roleAllows, type Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { coordinatingUnits, findTask, type TaskRecord, type UnitRow } from './tasks.repository.ts';

/** What the actor may do with one task. */
export interface TaskAbilities {
  read: boolean;
  update: boolean;
  comment: boolean;
  edit: boolean;
}

/** A task with its coordinating units and the actor's abilities on it. */
export interface TaskInContext {
  task: TaskRecord;
  coordinating: UnitRow[];
  can: TaskAbilities;
}

/**
 * A task is the business of its lead and coordinating units: a user sees it when one of them lies in their scope
 * (so the department's staff and leaders, scoped to the province, see all). Drafts wait for staff review and stay
 * hidden from everyone else.
 */
export function taskAbilities(actor: Actor, task: Pick<TaskRecord, 'lead_path' | 'draft'>, coordinating: UnitRow[]): TaskAbilities {
  const paths = [task.lead_path, ...coordinating.map((u) => u.path)];
  const involved = paths.some((p) => inScope(actor, p));
  const read = involved && roleAllows(actor.role, 'read') && (task.draft === 0 || roleAllows(actor.role, 'manage-tasks'));
  return {
    read,
    update: read && task.draft === 0 && roleAllows(actor.role, 'report-progress'),
    comment: read && task.draft === 0 && roleAllows(actor.role, 'comment-task'),
    // Reassigning moves a task between units: only someone whose scope holds the lead unit may do it.
    edit: read && may(actor, 'manage-tasks', task.lead_path),
  };
}

/**
 * A task the actor may act on: 404 when there is none or it is not theirs to see (the same answer, so ids outside
 * the scope cannot be counted), 403 when they see it but the action is not theirs.
 */
export async function requireTask(db: Executor, actor: Actor, id: number, action: keyof TaskAbilities = 'read'): Promise<TaskInContext> {
  const task = await findTask(db, id);
  if (!task) throw notFound(vi.tasks.notFound(id));
  const coordinating = (await coordinatingUnits(db, [id])).get(id) ?? [];
  const can = taskAbilities(actor, task, coordinating);
  if (!can.read) throw notFound(vi.tasks.notFound(id));
  if (!can[action]) throw forbidden();
  return { task, coordinating, can };
}
