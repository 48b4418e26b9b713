import type { Insertable } from 'kysely';
import type { OutbreakTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

/** An outbreak with the names the views show and its disease's incubation period. */
export interface OutbreakRecord {
  id: number;
  disease_id: number;
  disease_code: string;
  disease_name: string;
  max_incubation_days: number;
  unit_code: string;
  unit_name: string;
  unit_path: string;
  place: string;
  start_date: string;
  status: OutbreakTable['status'];
  closed_on: string | null;
  close_reason: string | null;
  source: OutbreakTable['source'];
  alert_id: number | null;
}

/** Sums over an outbreak's case counts. */
export interface CaseTotals {
  total: number;
  lastDate: string | null;
}

export interface OutbreakFilter {
  watchPath: string;
  unitPath?: string;
  diseaseId?: number;
  status?: OutbreakTable['status'];
  source?: OutbreakTable['source'];
}

function selectOutbreaks(db: Executor) {
  return db.selectFrom('outbreak as b').innerJoin('disease as d', 'd.id', 'b.disease_id').innerJoin('org_unit as o', 'o.id', 'b.org_unit_id');
}

const COLUMNS = [
  'b.id', 'b.disease_id', 'd.code as disease_code', 'd.name as disease_name', 'd.max_incubation_days', 'o.code as unit_code',
  'o.name as unit_name', 'o.path as unit_path', 'b.place', 'b.start_date', 'b.status', 'b.closed_on', 'b.close_reason', 'b.source', 'b.alert_id',
] as const;

const asRecord = (r: Record<string, unknown>): OutbreakRecord => ({
  ...(r as unknown as OutbreakRecord),
  id: Number(r.id),
  disease_id: Number(r.disease_id),
  max_incubation_days: Number(r.max_incubation_days),
  alert_id: r.alert_id === null ? null : Number(r.alert_id),
});

function filtered(db: Executor, f: OutbreakFilter) {
  let q = selectOutbreaks(db).where('o.path', 'like', `${f.watchPath}%`);
  if (f.unitPath) q = q.where('o.path', 'like', `${f.unitPath}%`);
  if (f.diseaseId !== undefined) q = q.where('b.disease_id', '=', f.diseaseId);
  if (f.status) q = q.where('b.status', '=', f.status);
  if (f.source) q = q.where('b.source', '=', f.source);
  return q;
}

/** One page of outbreaks, latest start first, and how many the filter keeps in all. */
export async function listOutbreaks(db: Executor, f: OutbreakFilter, page: number, pageSize: number) {
  const [rows, count] = await Promise.all([
    filtered(db, f).select(COLUMNS).orderBy('b.start_date', 'desc').orderBy('b.id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    filtered(db, f).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(asRecord), total: Number(count.n) };
}

export async function findOutbreak(db: Executor, id: number): Promise<OutbreakRecord | undefined> {
  const row = await selectOutbreaks(db).select(COLUMNS).where('b.id', '=', id).executeTakeFirst();
  return row ? asRecord(row) : undefined;
}

/** Every active outbreak (the scheduler's closure pass; bounded by what is active). */
export async function activeOutbreaks(db: Executor): Promise<OutbreakRecord[]> {
  return (await selectOutbreaks(db).select(COLUMNS).where('b.status', '=', 'ACTIVE').orderBy('b.id').execute()).map(asRecord);
}

/** Case totals and last case date per outbreak id. */
export async function caseTotals(db: Executor, ids: number[]): Promise<Map<number, CaseTotals>> {
  const totals = new Map<number, CaseTotals>();
  if (ids.length === 0) return totals;
  const rows = await db
    .selectFrom('outbreak_case_count')
    .select((eb) => ['outbreak_id', eb.fn.sum<number | string>('case_count').as('total'), eb.fn.max('case_date').as('last')])
    .where('outbreak_id', 'in', ids)
    .groupBy('outbreak_id')
    .execute();
  for (const r of rows) totals.set(Number(r.outbreak_id), { total: Number(r.total), lastDate: r.last as string | null });
  return totals;
}

export async function insertOutbreak(db: Executor, row: Insertable<OutbreakTable>): Promise<number> {
  return Number((await db.insertInto('outbreak').values(row).returning('id').executeTakeFirstOrThrow()).id);
}

export async function insertCaseCount(db: Executor, outbreakId: number, date: string, count: number, nowIso: string, by: string): Promise<void> {
  await db.insertInto('outbreak_case_count').values({ outbreak_id: outbreakId, case_date: date, case_count: count, created_at: nowIso, created_by: by }).execute();
}

export async function insertMeasure(db: Executor, outbreakId: number, date: string, text: string, nowIso: string, by: string): Promise<void> {
  await db.insertInto('outbreak_measure').values({ outbreak_id: outbreakId, measure_date: date, text, created_at: nowIso, created_by: by }).execute();
}

/** Closes an active outbreak (false when it was closed meanwhile). */
export async function closeOutbreak(db: Executor, id: number, closedOn: string, reason: string | null): Promise<boolean> {
  const result = await db
    .updateTable('outbreak')
    .set({ status: 'CLOSED', closed_on: closedOn, close_reason: reason })
    .where('id', '=', id)
    .where('status', '=', 'ACTIVE')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Entries (case counts, measures) one outbreak may hold: a daily count for years is far below it. */
export const MAX_ENTRIES = 2_000;

export async function caseCountsOf(db: Executor, id: number) {
  return db.selectFrom('outbreak_case_count').selectAll().where('outbreak_id', '=', id).orderBy('case_date').orderBy('id').limit(MAX_ENTRIES).execute();
}

export async function measuresOf(db: Executor, id: number) {
  return db.selectFrom('outbreak_measure').selectAll().where('outbreak_id', '=', id).orderBy('measure_date').orderBy('id').limit(MAX_ENTRIES).execute();
}

/** How many entries of a table an outbreak holds. */
export async function entryCount(db: Executor, table: 'outbreak_case_count' | 'outbreak_measure', id: number): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).where('outbreak_id', '=', id).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Active outbreaks of a disease under a subtree, by unit path (the overview's table). */
export async function activeOutbreakPaths(db: Executor, diseaseId: number, watchPath: string): Promise<string[]> {
  const rows = await db
    .selectFrom('outbreak as b')
    .innerJoin('org_unit as o', 'o.id', 'b.org_unit_id')
    .select('o.path')
    .where('b.disease_id', '=', diseaseId)
    .where('b.status', '=', 'ACTIVE')
    .where('o.path', 'like', `${watchPath}%`)
    .execute();
  return rows.map((r) => r.path);
}
