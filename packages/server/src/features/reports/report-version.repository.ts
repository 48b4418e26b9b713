import { sql } from 'kysely';
import { isPostgres } from '../../db/dialect.ts';
import { REPORT_INPUTS } from '../../db/migrations/0013_report_inputs_version.ts';
import type { Executor } from '../metadata/upsert.ts';

/** What a written report was read from, as two cheap numbers, and where the reading stood among writers. */
export interface ReportDataVersion {
  /** The newest audit row: every value write (cell save, import, delete) appends one in its transaction. */
  values: number;
  /** The counter the metadata, org unit, header setting and task triggers move. */
  inputs: number;
  /** PostgreSQL only (0 on SQLite): the oldest transaction still running when the versions were read. */
  xmin: bigint;
}

/** The versions in one statement: two primary-key probes (the audit table's MAX(id) reads one index end). */
export async function readReportDataVersion(db: Executor): Promise<ReportDataVersion> {
  const snapshot = isPostgres(db)
    ? sql`pg_snapshot_xmin(pg_current_snapshot())::text as xmin`
    : sql`'0' as xmin`;
  const { rows } = await sql<{ values: number | null; inputs: number | null; xmin: string }>`
    select (select max(id) from data_value_audit) as ${sql.ref('values')},
      (select version from change_counter where name = ${REPORT_INPUTS}) as inputs, ${snapshot}`.execute(db);
  const row = rows[0]!;
  return { values: Number(row.values ?? 0), inputs: Number(row.inputs ?? 0), xmin: BigInt(row.xmin) };
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
