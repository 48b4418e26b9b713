/** Queries on units' reviews: which report answers a request for a unit, and when it was sent. */
import type { Insertable } from 'kysely';
import type { ReportRequestReviewTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

/** One unit of a request's groups, with its review when opened. */
export interface ReviewRow {
  group_id: number;
  deadline: string;
  org_unit_id: number;
  code: string;
  name: string;
  path: string;
  instance_id: number | null;
  report_version: number | null;
  sent_version: number | null;
  sent_at: string | null;
  sent_by: string | null;
}

/** Every unit of a request's groups in their order, each with its review (the caller keeps those the reader sees). */
export async function findReviewRows(db: Executor, requestId: number): Promise<ReviewRow[]> {
  return db
    .selectFrom('report_request_group as g')
    .innerJoin('report_request_unit as ru', 'ru.group_id', 'g.id')
    .innerJoin('org_unit as u', 'u.id', 'ru.org_unit_id')
    .leftJoin('report_request_review as rv', (j) => j.onRef('rv.org_unit_id', '=', 'ru.org_unit_id').on('rv.request_id', '=', requestId))
    .select(['g.id as group_id', 'g.deadline', 'u.id as org_unit_id', 'u.code', 'u.name', 'u.path'])
    .leftJoin('report_instance as r', 'r.id', 'rv.instance_id')
    .select(['rv.instance_id', 'r.version as report_version', 'rv.sent_version', 'rv.sent_at', 'rv.sent_by'])
    .where('g.request_id', '=', requestId)
    .orderBy('g.sort_order')
    .orderBy('u.sort_order')
    .orderBy('u.code')
    .execute();
}

/** A unit's review of a request, or undefined when not opened yet. */
export async function findReview(db: Executor, requestId: number, orgUnitId: number) {
  return db
    .selectFrom('report_request_review')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('org_unit_id', '=', orgUnitId)
    .executeTakeFirst();
}

/** Links a new report instance to the request and unit it answers. */
export async function insertReview(db: Executor, row: Insertable<ReportRequestReviewTable>): Promise<void> {
  await db.insertInto('report_request_review').values(row).execute();
}

/** Records the sending: the version frozen, its time and sender. */
export async function markSent(db: Executor, instanceId: number, sent: { sent_version: number; sent_at: string; sent_by: string }): Promise<void> {
  await db.updateTable('report_request_review').set(sent).where('instance_id', '=', instanceId).execute();
}

/** A returned review is no longer sent: the unit edits and sends it again. */
export async function markReturned(db: Executor, instanceId: number): Promise<void> {
  await db.updateTable('report_request_review').set({ sent_version: null, sent_at: null, sent_by: null }).where('instance_id', '=', instanceId).execute();
}
