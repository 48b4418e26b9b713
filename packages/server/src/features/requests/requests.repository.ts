/** Queries on the request itself: the letter, its unit groups and the templates of its file deliverables. */
import type { AttachmentRef } from '@syt/core/api/tasks.ts';
import type { Insertable, Selectable } from 'kysely';
import type { ReportRequestGroupTable, ReportRequestTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

export type RequestRow = Selectable<ReportRequestTable>;

/** A group with its units in the province's canonical order. */
export interface GroupRecord {
  id: number;
  name: string;
  deadline: string;
  recipients: string;
  units: { id: number; code: string; name: string; path: string }[];
}

/** Inserts the request row; returns its id. */
export async function insertRequest(db: Executor, row: Insertable<ReportRequestTable>): Promise<number> {
  const { id } = await db.insertInto('report_request').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Inserts a group and its units; returns the group's id. */
export async function insertGroup(db: Executor, row: Insertable<ReportRequestGroupTable>, unitIds: number[]): Promise<number> {
  const { id } = await db.insertInto('report_request_group').values(row).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('report_request_unit').values(unitIds.map((orgUnitId) => ({ group_id: id, org_unit_id: orgUnitId }))).execute();
  return id;
}

/** One request, or undefined. */
export async function findRequest(db: Executor, id: number): Promise<RequestRow | undefined> {
  return db.selectFrom('report_request').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Several requests by id, newest letter first. */
export async function findRequests(db: Executor, ids: number[]): Promise<RequestRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('report_request').selectAll().where('id', 'in', ids).orderBy('date', 'desc').orderBy('id', 'desc').execute();
}

/** The groups of one request in their order, each with all its units. */
export async function findGroups(db: Executor, requestId: number): Promise<GroupRecord[]> {
  const rows = await db
    .selectFrom('report_request_group as g')
    .innerJoin('report_request_unit as ru', 'ru.group_id', 'g.id')
    .innerJoin('org_unit as u', 'u.id', 'ru.org_unit_id')
    .select(['g.id', 'g.name', 'g.deadline', 'g.recipients', 'u.id as unit_id', 'u.code', 'u.name as unit_name', 'u.path'])
    .where('g.request_id', '=', requestId)
    .orderBy('g.sort_order')
    .orderBy('u.sort_order')
    .orderBy('u.code')
    .execute();
  const groups = new Map<number, GroupRecord>();
  for (const r of rows) {
    const group = groups.get(r.id) ?? { id: r.id, name: r.name, deadline: r.deadline, recipients: r.recipients, units: [] };
    group.units.push({ id: r.unit_id, code: r.code, name: r.unit_name, path: r.path });
    groups.set(r.id, group);
  }
  return [...groups.values()];
}

/** Sets (or replaces) the template of a deliverable. */
export async function putTemplate(db: Executor, requestId: number, index: number, attachmentId: number): Promise<void> {
  await db.deleteFrom('report_request_template').where('request_id', '=', requestId).where('deliverable_index', '=', index).execute();
  await db.insertInto('report_request_template').values({ request_id: requestId, deliverable_index: index, attachment_id: attachmentId }).execute();
}

/** The templates of a request by deliverable index. */
export async function findTemplates(db: Executor, requestId: number): Promise<Map<number, AttachmentRef>> {
  const rows = await db
    .selectFrom('report_request_template as t')
    .innerJoin('attachment as a', 'a.id', 't.attachment_id')
    .select(['t.deliverable_index', 'a.id', 'a.file_name', 'a.content_type', 'a.size'])
    .where('t.request_id', '=', requestId)
    .execute();
  return new Map(rows.map((r) => [r.deliverable_index, { id: r.id, fileName: r.file_name, contentType: r.content_type, size: Number(r.size) }]));
}

/** Groups still waiting for units, for the notifications feature. */
export { openRequestDeadlines, type OpenRequestDeadline } from './open-deadlines.repository.ts';

/** The groups (without units) of several requests, in their order. */
export async function findGroupHeads(db: Executor, requestIds: number[]) {
  if (requestIds.length === 0) return [];
  return db
    .selectFrom('report_request_group')
    .select(['id', 'request_id', 'name', 'deadline'])
    .where('request_id', 'in', requestIds)
    .orderBy('request_id')
    .orderBy('sort_order')
    .execute();
}

/** Marks the request changed (a template added). */
export async function touchRequest(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('report_request').set({ updated_at: at }).where('id', '=', id).execute();
}
