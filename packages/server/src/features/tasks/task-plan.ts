/** Part II of a unit's monthly report ("nhiệm vụ trọng tâm tháng sau"), proposed from the tasks of its subtree. */
import type { TaskStatus } from '@syt/core/api/tasks.ts';
import { proposePlan } from '@syt/core/tasks/index.ts';
import type { Executor } from '../metadata/upsert.ts';
import { deadlineOf } from './tasks.presenter.ts';
import { confirmedTasksUnder } from './tasks.repository.ts';

/** Plan items for the month after `period`: the confirmed tasks of the unit's subtree due then, and recurring ones. */
export async function proposedPlanItems(db: Executor, unitPath: string, period: string): Promise<string[]> {
  const rows = await confirmedTasksUnder(db, unitPath);
  // The stored status, not today's: the plan is about the report's month, whatever day it is written on.
  return proposePlan(rows.map((r) => ({ title: r.title, deadline: deadlineOf(r), status: r.status as TaskStatus, dueDate: r.due_date })), period);
}
