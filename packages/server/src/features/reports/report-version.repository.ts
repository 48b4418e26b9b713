import { sql } from 'kysely';
import { isPostgres } from '../../db/dialect.ts';
import { REPORT_INPUTS } from '../../db/migrations/0012_report_inputs_version.ts';
import { REPORT_FORMS } from '../../db/migrations/0013_report_completeness.ts';
import type { Executor } from '../metadata/upsert.ts';

/** What a written report was read from, as two cheap numbers, and where the reading stood among writers. */
export interface ReportDataVersion {
  /** The newest audit row: every value write (cell save, import, delete) appends one in its transaction. */
  values: number;
  /** The counters the metadata, org unit, header setting, task, form workflow and setting triggers move (summed: both only grow). */
  inputs: number;
  /** PostgreSQL only (0 on SQLite): the oldest transaction still running when the versions were read. */
  xmin: bigint;
}

/** The stored report of a unit and month, if any: id and version only. */
export interface StoredReportVersion {
  id: number;
  version: number;
}

/**
 * In one round trip, what a monthly report answer is keyed by: the stored report (unit by code, as the access
 * check finds it) and the data versions: primary-key probes only (the audit table's MAX(id) reads one index end).
 */
export async function readMonthlyReportState(
  db: Executor, org: string, period: string, kind = 'monthly',
): Promise<{ stored: StoredReportVersion | undefined; version: ReportDataVersion }> {
  const xmin = isPostgres(db) ? sql`pg_snapshot_xmin(pg_current_snapshot())::text` : sql`'0'`;
  const stored = (column: string) => sql`(select ${sql.ref(`r.${column}`)} from report_instance r join org_unit ou on ou.id = r.org_unit_id
    where ou.code = ${org} and r.period = ${period} and r.kind = ${kind})`;
  const { rows } = await sql<{ values: number | null; inputs: number | null; xmin: string; stored_id: number | null; stored_version: number | null }>`
    select (select max(id) from data_value_audit) as ${sql.ref('values')},
      (select sum(version) from change_counter where name in (${REPORT_INPUTS}, ${REPORT_FORMS})) as inputs, ${xmin} as xmin,
      ${stored('id')} as stored_id, ${stored('version')} as stored_version`.execute(db);
  const row = rows[0]!;
  return {
    stored: row.stored_id === null ? undefined : { id: Number(row.stored_id), version: Number(row.stored_version) },
    version: { values: Number(row.values ?? 0), inputs: Number(row.inputs ?? 0), xmin: BigInt(row.xmin) },
  };
}

/** PostgreSQL: a transaction id given out now (every transaction that already had one holds a lower id). */
export async function newTransactionId(db: Executor): Promise<bigint> {
  const { rows } = await sql<{ xid: string }>`select pg_current_xact_id()::text as xid`.execute(db);
  return BigInt(rows[0]!.xid);
}

/** PostgreSQL: the oldest transaction running now (the next one to be given out when none is). */
export async function oldestRunningTransaction(db: Executor): Promise<bigint> {
  const { rows } = await sql<{ xmin: string }>`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`.execute(db);
  return BigInt(rows[0]!.xmin);
}

/** How many audit rows have an id in `after..upTo` (`after` excluded): an index range count over the primary key. */
export async function countAuditIdsBetween(db: Executor, after: number, upTo: number): Promise<number> {
  const row = await db
    .selectFrom('data_value_audit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', '>', after)
    .where('id', '<=', upTo)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
