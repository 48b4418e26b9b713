/** Groups still waiting for units, for reminders (the notifications feature reads this). */
import type { Executor } from '../metadata/upsert.ts';

/** A group of a request with the units that have not yet sent their report. */
export interface OpenRequestDeadline {
  requestId: number;
  subject: string;
  groupId: number;
  /** ISO date; the day ends at midnight in Vietnam. */
  deadline: string;
  unitIds: number[];
}

/** Every group with at least one unit not yet submitted, earliest deadline first; overdue groups included. */
export async function openRequestDeadlines(db: Executor): Promise<OpenRequestDeadline[]> {
  const rows = await db
    .selectFrom('report_request_group as g')
    .innerJoin('report_request as r', 'r.id', 'g.request_id')
    .innerJoin('report_request_unit as ru', 'ru.group_id', 'g.id')
    .leftJoin('report_request_submission as s', (j) => j.onRef('s.group_id', '=', 'g.id').onRef('s.org_unit_id', '=', 'ru.org_unit_id'))
    .select(['r.id as request_id', 'r.subject', 'g.id as group_id', 'g.deadline', 'ru.org_unit_id'])
    .where('s.id', 'is', null)
    .orderBy('g.deadline')
    .orderBy('g.id')
    .orderBy('ru.org_unit_id')
    .execute();
  const groups = new Map<number, OpenRequestDeadline>();
  for (const r of rows) {
    const group = groups.get(r.group_id) ?? { requestId: r.request_id, subject: r.subject, groupId: r.group_id, deadline: r.deadline, unitIds: [] };
    group.unitIds.push(r.org_unit_id);
    groups.set(r.group_id, group);
  }
  return [...groups.values()];
}
