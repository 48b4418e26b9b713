/**
 * Part II of the monthly report ("nhiệm vụ công tác trọng tâm tháng X+1") proposed from the task register.
 *
 * Order, in three blocks, each without items already listed:
 * 1. open tasks carried over: OVERDUE, or a fixed date before the next month (due in the reported month and not
 *    done) — unfinished work is named first so it is not lost;
 * 2. open tasks with a fixed date in the next month;
 * 3. recurring tasks: monthly ones, quarterly, half-yearly and yearly ones when the next month is theirs, then
 *    ongoing ones. Tasks done on request (ON_REQUEST) are left out: nothing is due until someone asks.
 * Within a block: by due date, then by title in Vietnamese order. DONE, DONE_LATE and PAUSED tasks are left out.
 */
import type { TaskDeadline, TaskStatus } from '../api/tasks.ts';
import { daysInMonth, isoDateFromParts } from '../period/iso-date.ts';
import { compareVietnamese } from '../vi/compare.ts';
import { nextDueDate } from './deadline.ts';
import { asSentence } from './sentence.ts';

/** What Part II needs of a task. */
export interface PlannedTask {
  title: string;
  deadline: TaskDeadline;
  status: TaskStatus;
  dueDate: string | null;
}

interface Dated {
  title: string;
  due: string | null;
}

const CLOSED: readonly TaskStatus[] = ['DONE', 'DONE_LATE', 'PAUSED'];

/** First and last ISO day of the month after `period` (`YYYYMM`). */
function nextMonthSpan(period: string): { first: string; last: string; month: number } {
  const match = /^(\d{4})(0[1-9]|1[0-2])$/.exec(period);
  if (!match) throw new Error(`Not a monthly period: ${period}`);
  const [year, month] = [Number(match[1]), Number(match[2])];
  const [y, m] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return { first: isoDateFromParts(y, m, 1), last: isoDateFromParts(y, m, daysInMonth(y, m)), month: m };
}

/** By due date (null last), then by title in Vietnamese order. */
function byDueThenTitle(a: Dated, b: Dated): number {
  if (a.due !== b.due) return a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1;
  return compareVietnamese(a.title, b.title);
}

/** The block a task belongs in (0 carried over, 1 due next month, 2 recurring), or null when not proposed. */
function blockOf(task: PlannedTask, span: { first: string; last: string; month: number }): 0 | 1 | 2 | null {
  if (CLOSED.includes(task.status)) return null;
  const { deadline } = task;
  if (deadline.kind === 'DATE') {
    const due = task.dueDate ?? deadline.date;
    if (task.status === 'OVERDUE' || due < span.first) return 0;
    return due <= span.last ? 1 : null;
  }
  if (deadline.kind === 'QUARTERLY' && span.month % 3 !== 0) return null;
  if (deadline.kind === 'HALF_YEARLY' && span.month % 6 !== 0) return null;
  if (deadline.kind === 'YEARLY' && span.month !== deadline.month) return null;
  // A task done on request has nothing planned until the request comes.
  if (deadline.kind === 'ON_REQUEST') return null;
  return 2;
}

/** The date used to order a task: its fixed date, its occurrence in the next month, or null when ongoing. */
function orderingDate(task: PlannedTask, firstOfMonth: string): string | null {
  if (task.deadline.kind === 'DATE') return task.dueDate ?? task.deadline.date;
  return nextDueDate(task.deadline, firstOfMonth);
}

/** Part II items for the month after `period` (`YYYYMM`): open tasks due in that month, then recurring ones. */
export function proposePlan(tasks: PlannedTask[], period: string): string[] {
  const span = nextMonthSpan(period);
  const blocks: [Dated[], Dated[], Dated[]] = [[], [], []];
  for (const task of tasks) {
    const block = blockOf(task, span);
    const title = asSentence(task.title);
    if (block !== null && title !== '') blocks[block].push({ title, due: orderingDate(task, span.first) });
  }
  const seen = new Set<string>();
  const items: string[] = [];
  for (const item of blocks.flatMap((block) => block.sort(byDueThenTitle))) {
    // Two tasks with the same title (e.g. from two directives) make one line of the plan.
    const key = item.title.toLocaleLowerCase('vi');
    if (!seen.has(key)) items.push(item.title);
    seen.add(key);
  }
  return items;
}
