/** Small builders of tasks and reporting requests for the scheduler, notifications and to-do tests. */
import type { Database } from '../db/database.ts';

async function unitId(db: Database, code: string): Promise<number> {
  const row = await db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return Number(row.id);
}

/** A confirmed task with a fixed date (or another deadline kind), led by one unit, maybe with coordinating units. */
export async function addTask(
  db: Database,
  t: { title: string; lead: string; due?: string; kind?: 'DATE' | 'MONTHLY' | 'ONGOING'; day?: number; status?: string; coordinating?: string[] },
): Promise<number> {
  const kind = t.kind ?? 'DATE';
  const stamp = '2023-11-01T00:00:00.000Z';
  const { id } = await db
    .insertInto('task')
    .values({
      directive_id: null, group_heading: null, title: t.title, content: t.title, field: 'KHAC', lead_org_unit_id: await unitId(db, t.lead),
      deadline_kind: kind, deadline_date: kind === 'DATE' ? t.due! : null, deadline_day: t.day ?? null, due_date: t.due ?? null,
      status: t.status ?? 'NOT_STARTED', draft: 0, created_at: stamp, created_by: 'test', updated_at: stamp, updated_by: 'test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const code of t.coordinating ?? []) {
    await db.insertInto('task_unit').values({ task_id: id, org_unit_id: await unitId(db, code), role: 'COORDINATE' }).execute();
  }
  return Number(id);
}

/** A reporting request with one group of units answering by `deadline`. */
export async function addRequest(db: Database, r: { subject: string; deadline: string; units: string[] }): Promise<{ requestId: number; groupId: number }> {
  const stamp = '2023-11-01T00:00:00.000Z';
  const request = await db
    .insertInto('report_request')
    .values({ number: '1/SYT', date: '2023-11-01', subject: r.subject, outline: '[]', deliverables: '[]', created_at: stamp, created_by: 'test', updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  const group = await db
    .insertInto('report_request_group')
    .values({ request_id: request.id, name: 'Nhóm 1', sort_order: 1, deadline: r.deadline, recipients: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const code of r.units) await db.insertInto('report_request_unit').values({ group_id: group.id, org_unit_id: await unitId(db, code) }).execute();
  return { requestId: Number(request.id), groupId: Number(group.id) };
}

/** How many notifications of each kind a user has. */
export async function notificationKinds(db: Database, username: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('notification as n')
    .innerJoin('app_user as u', 'u.id', 'n.user_id')
    .select('n.kind')
    .where('u.username', '=', username)
    .execute();
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}

/** A task's stored status. */
export async function taskStatus(db: Database, id: number): Promise<string> {
  return (await db.selectFrom('task').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
}
