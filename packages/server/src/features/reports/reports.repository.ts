import type { ReportKind } from '@syt/core/report/report-period.ts';
import type { ReportStatus } from '@syt/core/api/reports.ts';
import { sql } from 'kysely';
import type { ReportInstanceTable, ReportVersionTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

const instanceColumns = [
  'r.id', 'r.org_unit_id', 'r.period', 'r.kind', 'r.status', 'r.version', 'r.document', 'r.created_at', 'r.created_by',
  'r.updated_at', 'r.updated_by', 'ou.code as org_unit_code', 'ou.name as org_unit_name', 'ou.path as org_unit_path',
  'u.display_name as updated_by_name', 'rv.request_id as review_request_id',
] as const;

// The last writer's display name comes along: users read "Nguyễn Văn An (Phòng KHTC)", not a login name. A unit's
// review answering a reporting request carries the request's id: its own access rules apply (request-reviews).
const instances = (db: Executor) =>
  db
    .selectFrom('report_instance as r')
    .innerJoin('org_unit as ou', 'ou.id', 'r.org_unit_id')
    .leftJoin('app_user as u', 'u.username', 'r.updated_by')
    .leftJoin('report_request_review as rv', 'rv.instance_id', 'r.id')
    .select(instanceColumns);

export type InstanceRecord = Awaited<ReturnType<ReturnType<typeof instances>['executeTakeFirstOrThrow']>>;

/** One stored report with its org unit's code, name and path. */
export async function findInstance(db: Executor, id: number): Promise<InstanceRecord | undefined> {
  return instances(db).where('r.id', '=', id).executeTakeFirst();
}

/** The stored report of an org unit, period and kind (monthly unless told), if any. */
export async function findInstanceFor(db: Executor, orgUnitId: number, period: string, kind: ReportKind = 'monthly'): Promise<InstanceRecord | undefined> {
  return instances(db).where('r.org_unit_id', '=', orgUnitId).where('r.period', '=', period).where('r.kind', '=', kind).executeTakeFirst();
}

/** Stored reports under a subtree (by path prefix of the caller's choosing), optionally of one unit, month or status. */
export async function listInstances(
  db: Executor, filter: { pathPrefix: string; orgUnitId?: number; period?: string; kind?: ReportKind; status?: ReportStatus },
) {
  const prefix = `${filter.pathPrefix.replace(/[!%_]/g, '!$&')}%`;
  // A list is summaries: each document (a hundred kilobytes) is read only when its report is opened.
  let q = db
    .selectFrom('report_instance as r')
    .innerJoin('org_unit as ou', 'ou.id', 'r.org_unit_id')
    .leftJoin('app_user as u', 'u.username', 'r.updated_by')
    .leftJoin('report_request_review as rv', 'rv.instance_id', 'r.id')
    .select(instanceColumns.filter((c) => c !== 'r.document'))
    .where(sql<boolean>`${sql.ref('ou.path')} like ${prefix} escape '!'`);
  if (filter.orgUnitId !== undefined) q = q.where('r.org_unit_id', '=', filter.orgUnitId);
  if (filter.period !== undefined) q = q.where('r.period', '=', filter.period);
  if (filter.kind !== undefined) q = q.where('r.kind', '=', filter.kind);
  // A unit's review sent through a request waits for no leader: lists by status (what waits to be signed) leave it out.
  if (filter.status !== undefined) q = q.where('r.status', '=', filter.status).where('rv.instance_id', 'is', null);
  return q.orderBy('r.updated_at', 'desc').orderBy('r.id', 'desc').limit(REPORT_LIST_LIMIT).execute();
}

/** The most reports a list answers, newest first: years of a province's months, and a bound however many there are. */
export const REPORT_LIST_LIMIT = 500;

/** Inserts a new report (version 1); returns its id. */
export async function insertInstance(db: Executor, row: Omit<ReportInstanceTable, 'id'>): Promise<number> {
  const { id } = await db.insertInto('report_instance').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/**
 * Moves a report from `baseVersion` to the next version; false when another save got there first (the
 * version check and the write are one statement, so two concurrent saves cannot both win).
 */
export async function updateInstance(
  db: Executor,
  id: number,
  baseVersion: number,
  changes: Pick<ReportInstanceTable, 'status' | 'document' | 'updated_at' | 'updated_by'>,
): Promise<boolean> {
  const result = await db
    .updateTable('report_instance')
    .set({ ...changes, version: baseVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', baseVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records one version of a report. */
export async function insertVersion(db: Executor, row: ReportVersionTable): Promise<void> {
  await db.insertInto('report_version').values(row).execute();
}

/** The documents of an org unit's issued reports, to keep their registration numbers unique (at most one a month). */
export async function issuedDocuments(db: Executor, orgUnitId: number) {
  return db
    .selectFrom('report_instance')
    .select(['period', 'kind', 'document'])
    .where('org_unit_id', '=', orgUnitId)
    .where('status', '=', 'issued')
    .orderBy('period')
    .execute();
}

/** Who last sent the report to the leader (Trình ký): the author of its latest submitted version, if any. */
export async function lastSender(db: Executor, instanceId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('report_version')
    .select('created_by')
    .where('instance_id', '=', instanceId)
    .where('status', '=', 'submitted')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.created_by;
}

/** A report's versions, newest first, without their documents. */
export async function listVersions(db: Executor, instanceId: number) {
  return db
    .selectFrom('report_version as v')
    .leftJoin('app_user as u', 'u.username', 'v.created_by')
    .select(['v.version', 'v.status', 'v.action', 'v.note', 'v.created_at', 'v.created_by', 'u.display_name as created_by_name'])
    .where('v.instance_id', '=', instanceId)
    .orderBy('v.version', 'desc')
    .execute();
}

/** The stored documents of some versions of a report. */
export async function versionDocuments(db: Executor, instanceId: number, versions: number[]) {
  return db
    .selectFrom('report_version')
    .select(['version', 'document'])
    .where('instance_id', '=', instanceId)
    .where('version', 'in', versions)
    .execute();
}

/** The stored header defaults of an org unit's reports (JSON), if set. */
export async function findSetting(db: Executor, orgUnitId: number): Promise<string | undefined> {
  const row = await db.selectFrom('report_setting').select('header').where('org_unit_id', '=', orgUnitId).executeTakeFirst();
  return row?.header;
}

/** Stores an org unit's header defaults. */
export async function upsertSetting(db: Executor, orgUnitId: number, header: string, at: string, by: string): Promise<void> {
  await db
    .insertInto('report_setting')
    .values({ org_unit_id: orgUnitId, header, updated_at: at, updated_by: by })
    .onConflict((oc) => oc.column('org_unit_id').doUpdateSet({ header, updated_at: at, updated_by: by }))
    .execute();
}
