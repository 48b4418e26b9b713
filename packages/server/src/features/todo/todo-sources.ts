/** The three kinds of work on the home page, each read from its own feature and turned into to-do items. */
import type { TodoItem } from '@syt/core/api/notifications.ts';
import { daysUntil } from '@syt/core/notifications/reminder-stage.ts';
import { statusOn } from '@syt/core/tasks/index.ts';
import type { AppContext } from '../../app.ts';
import { vi } from '../../messages.ts';
import { roleAllows, type Actor } from '../access/access.policy.ts';
import { myPendingForms } from '../data-entry/available-forms.service.ts';
import { dueLabel } from '../notifications/due-label.ts';
import { openRequestDeadlines } from '../requests/open-deadlines.repository.ts';
import { taskDueDate } from '../../scheduler/task-reminders.ts';
import { timingOf } from '../tasks/tasks.presenter.ts';
import { listTasks } from '../tasks/tasks.repository.ts';
import { unitByPath } from './todo.repository.ts';

/** What every source needs to decide "overdue" and "due soon". */
export interface TodoWindow {
  today: string;
  daysBefore: number;
}

const OPEN = ['NOT_STARTED', 'IN_PROGRESS', 'OVERDUE'];

/** An item when its due date is past or within the window; null otherwise. */
function item(kind: TodoItem['kind'], title: string, unit: TodoItem['unit'], due: string, link: string, w: TodoWindow, overdue: boolean): TodoItem | null {
  if (!overdue && daysUntil(due, w.today) > w.daysBefore) return null;
  return { kind, title, unit, dueDate: due, dueLabel: dueLabel(due, w.today), overdue, link };
}

/** Open tasks of the actor's units (lead or coordinating) that are overdue or due soon; only for roles that work on tasks. */
export async function taskItems(ctx: AppContext, actor: Actor, w: TodoWindow): Promise<TodoItem[]> {
  if (!roleAllows(actor.role, 'report-progress')) return [];
  const tasks = await listTasks(ctx.db, { pathPrefix: actor.scopePath, includeDrafts: false });
  return tasks.flatMap((t) => {
    const due = OPEN.includes(t.status) ? taskDueDate(t, w.today) : null;
    if (!due) return [];
    const overdue = statusOn(timingOf(t), w.today) === 'OVERDUE';
    const found = item('TASK', t.title, { code: t.lead_code, name: t.lead_name }, due, `/nhiem-vu/${t.id}`, w, overdue);
    return found ? [found] : [];
  });
}

/** The actor's forms still open for entry that are overdue or due soon (the pending-forms service decides which). */
export async function formItems(ctx: AppContext, actor: Actor, w: TodoWindow): Promise<TodoItem[]> {
  const forms = await myPendingForms(ctx, actor);
  return forms.flatMap((f) => {
    const query = new URLSearchParams({ dataSet: f.dataSet.code, orgUnit: f.orgUnit.code, period: f.period });
    const found = item('FORM', vi.notifications.formTitle(f.dataSet.name, f.period), f.orgUnit, f.dueDate, `/nhap-lieu?${query}`, w, f.overdue);
    return found ? [found] : [];
  });
}

/** Reports the actor's own unit has not yet sent for a request, overdue or due soon. */
export async function requestItems(ctx: AppContext, actor: Actor, w: TodoWindow): Promise<TodoItem[]> {
  if (!roleAllows(actor.role, 'enter')) return [];
  const unit = await unitByPath(ctx.db, actor.scopePath);
  if (!unit) return [];
  const groups = (await openRequestDeadlines(ctx.db)).filter((g) => g.unitIds.includes(unit.id));
  return groups.flatMap((g) => {
    const ref = { code: unit.code, name: unit.name };
    const found = item('REQUEST', g.subject, ref, g.deadline, `/yeu-cau-bao-cao/${g.requestId}`, w, w.today > g.deadline);
    return found ? [found] : [];
  });
}
