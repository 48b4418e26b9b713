import type { Insertable } from 'kysely';
import type { SurveillanceAlertTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

/** An alert with the names the views show. */
export interface AlertRecord {
  id: number;
  kind: SurveillanceAlertTable['kind'];
  disease_code: string;
  disease_name: string;
  unit_code: string;
  unit_name: string;
  unit_path: string;
  org_unit_id: number;
  disease_id: number;
  period: string;
  observed: number;
  expected: number | null;
  upper: number | null;
  method: string | null;
  status: SurveillanceAlertTable['status'];
  reason: string | null;
  verified_by: string | null;
  verified_at: string | null;
  outbreak_id: number | null;
  immediate_report_id: number | null;
  created_at: string;
}

export interface AlertFilter {
  watchPath: string;
  /** Path of a unit whose subtree the list keeps. */
  unitPath?: string;
  status?: SurveillanceAlertTable['status'];
  kind?: SurveillanceAlertTable['kind'];
  diseaseId?: number;
}

function selectAlerts(db: Executor) {
  return db
    .selectFrom('surveillance_alert as a')
    .innerJoin('disease as d', 'd.id', 'a.disease_id')
    .innerJoin('org_unit as o', 'o.id', 'a.org_unit_id');
}

function filtered(db: Executor, f: AlertFilter) {
  let q = selectAlerts(db).where('o.path', 'like', `${f.watchPath}%`);
  if (f.unitPath) q = q.where('o.path', 'like', `${f.unitPath}%`);
  if (f.status) q = q.where('a.status', '=', f.status);
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  if (f.diseaseId !== undefined) q = q.where('a.disease_id', '=', f.diseaseId);
  return q;
}

const COLUMNS = [
  'a.id', 'a.kind', 'd.code as disease_code', 'd.name as disease_name', 'o.code as unit_code', 'o.name as unit_name',
  'o.path as unit_path', 'a.org_unit_id', 'a.disease_id', 'a.period', 'a.observed', 'a.expected', 'a.upper', 'a.method',
  'a.status', 'a.reason', 'a.verified_by', 'a.verified_at', 'a.outbreak_id', 'a.immediate_report_id', 'a.created_at',
] as const;

const asRecord = (r: Record<string, unknown>): AlertRecord => ({
  ...(r as unknown as AlertRecord),
  id: Number(r.id),
  org_unit_id: Number(r.org_unit_id),
  disease_id: Number(r.disease_id),
  observed: Number(r.observed),
  expected: r.expected === null ? null : Number(r.expected),
  upper: r.upper === null ? null : Number(r.upper),
  outbreak_id: r.outbreak_id === null ? null : Number(r.outbreak_id),
  immediate_report_id: r.immediate_report_id === null ? null : Number(r.immediate_report_id),
});

/** One page of the alerts the filter keeps, newest first, and how many it keeps in all. */
export async function listAlerts(db: Executor, f: AlertFilter, page: number, pageSize: number): Promise<{ rows: AlertRecord[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, f).select(COLUMNS).orderBy('a.id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    filtered(db, f).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(asRecord), total: Number(count.n) };
}

/** One alert by id, whoever may see it. */
export async function findAlert(db: Executor, id: number): Promise<AlertRecord | undefined> {
  const row = await selectAlerts(db).select(COLUMNS).where('a.id', '=', id).executeTakeFirst();
  return row ? asRecord(row) : undefined;
}

/** Stores an alert unless one with the same key exists; returns its id, or null when it existed already. */
export async function insertAlert(db: Executor, row: Insertable<SurveillanceAlertTable>): Promise<number | null> {
  const inserted = await db
    .insertInto('surveillance_alert')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? Number(inserted.id) : null;
}

/** Moves an alert on, only from the statuses given (false when it had moved on meanwhile). */
export async function updateAlertStatus(
  db: Executor, id: number, from: SurveillanceAlertTable['status'][],
  changes: Partial<Pick<SurveillanceAlertTable, 'status' | 'reason' | 'verified_by' | 'verified_at' | 'outbreak_id'>>,
): Promise<boolean> {
  const result = await db.updateTable('surveillance_alert').set(changes).where('id', '=', id).where('status', 'in', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open alerts (NEW, VERIFIED) of a disease per unit id, for the overview's table. */
export async function openAlertsByUnit(db: Executor, diseaseId: number, watchPath: string) {
  return db
    .selectFrom('surveillance_alert as a')
    .innerJoin('org_unit as o', 'o.id', 'a.org_unit_id')
    .select(['o.path', 'a.status'])
    .where('a.disease_id', '=', diseaseId)
    .where('a.status', 'in', ['NEW', 'VERIFIED'])
    .where('o.path', 'like', `${watchPath}%`)
    .execute();
}
