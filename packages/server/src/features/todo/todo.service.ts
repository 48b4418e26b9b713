import type { TodoItem, TodoView } from '@syt/core/api/notifications.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import { statusOn } from '@syt/core/tasks/index.ts';
import type { AppContext } from '../../app.ts';
import { inScope, roleAllows, type Actor } from '../access/access.policy.ts';
import { openRequestDeadlines } from '../requests/open-deadlines.repository.ts';
import { timingOf } from '../tasks/tasks.presenter.ts';
import { listTasks } from '../tasks/tasks.repository.ts';
import { formItems, requestItems, taskItems, type TodoWindow } from './todo-sources.ts';
import { unitsById } from './todo.repository.ts';

/** The home page's "Việc cần làm": the actor's overdue and due-soon work, and for those who oversee units, overdue counts. */
export async function todoFor(ctx: AppContext, actor: Actor): Promise<TodoView> {
  const w: TodoWindow = { today: vietnamDate(ctx.clock.now()), daysBefore: ctx.config.reminderDaysBefore };
  const items = [...(await taskItems(ctx, actor, w)), ...(await formItems(ctx, actor, w)), ...(await requestItems(ctx, actor, w))];
  const overdueByUnit = roleAllows(actor.role, 'approve') ? await overdueCounts(ctx, actor, w.today) : null;
  return { items: items.sort(byUrgency), overdueByUnit };
}

/** Overdue first, then the earliest due date, then by title so the order is stable. */
function byUrgency(a: TodoItem, b: TodoItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.title.localeCompare(b.title, 'vi');
}

type Counts = { tasks: number; requests: number };

/** Overdue tasks (by lead unit) and unsent overdue request reports, per unit of the actor's scope that has any. */
async function overdueCounts(ctx: AppContext, actor: Actor, today: string): Promise<NonNullable<TodoView['overdueByUnit']>> {
  const counts = new Map<number, Counts>();
  const bump = (unitId: number, key: keyof Counts) => {
    const c = counts.get(unitId) ?? { tasks: 0, requests: 0 };
    c[key] += 1;
    counts.set(unitId, c);
  };
  const tasks = await listTasks(ctx.db, { pathPrefix: actor.scopePath, includeDrafts: false });
  for (const t of tasks) if (statusOn(timingOf(t), today) === 'OVERDUE') bump(t.lead_org_unit_id, 'tasks');
  for (const g of await openRequestDeadlines(ctx.db)) if (today > g.deadline) g.unitIds.forEach((id) => bump(id, 'requests'));
  const units = await unitsById(ctx.db, [...counts.keys()]);
  return [...counts]
    .flatMap(([id, c]) => {
      const u = units.get(id);
      return u && inScope(actor, u.path) ? [{ u, c }] : [];
    })
    .sort((a, b) => a.u.level - b.u.level || a.u.sortOrder - b.u.sortOrder || a.u.code.localeCompare(b.u.code))
    .map(({ u, c }) => ({ unit: { code: u.code, name: u.name }, ...c }));
}
