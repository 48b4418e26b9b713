import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { cachedStatement, sqliteHandleOf } from './database.ts';
import { copyRows } from './pg-copy.ts';
import type { DB } from './schema.ts';

export interface Upsert {
  /** The unique key the conflict is detected on. */
  keys: string[];
  /** Columns overwritten from the incoming row when it conflicts. */
  update: string[];
  /**
   * The caller found none of the keys stored (an import into empty cells): PostgreSQL then tries a plain COPY into
   * the table first, as fast as a raw load, and falls back to the upsert if a key was stored meanwhile.
   */
  fresh?: boolean;
}

type Executor = Kysely<DB> | Transaction<DB>;

/**
 * Inserts many rows (objects) without the query builder, which would build a tree node for every value of a
 * million-row import: the one hot path that skips it. PostgreSQL gets multi-row statements (one round trip
 * per chunk), or, for many rows inside a transaction, COPY into a staging table and one INSERT … SELECT;
 * embedded SQLite runs one cached single-row statement per row on the caller's transaction, which measured faster
 * there than multi-row statements.
 */
export async function bulkInsert<R extends object>(db: Executor, table: keyof DB, columns: readonly (keyof R & string)[], rows: R[], upsert?: Upsert) {
  const sqlite = sqliteHandleOf(db);
  if (sqlite) {
    const statement = cachedStatement(sqlite, insertText(table, columns, upsert));
    const params = new Array<unknown>(columns.length);
    for (const row of rows as Record<string, unknown>[]) {
      for (let c = 0; c < columns.length; c++) params[c] = row[columns[c]!];
      statement.run(params);
    }
    return;
  }
  if (db.isTransaction && rows.length >= COPY_FROM_ROWS) return stagedInsert(db, table, columns, rows, upsert);
  for (let i = 0; i < rows.length; i += POSTGRES_CHUNK) {
    const chunk = rows.slice(i, i + POSTGRES_CHUNK) as Record<string, unknown>[];
    const arrays = columns.map((c) => chunk.map((row) => row[c] ?? null));
    await db.executeQuery(CompiledQuery.raw(unnestText(table, columns, arrays, upsert), arrays));
  }
}

/**
 * Rows from which PostgreSQL gets them by COPY: the array parameters of `unnest` are built as text by the driver and
 * parsed again by the server, which cost more than the insert itself at a million rows. Below, a temporary table is
 * not worth creating. A transaction is needed: the staging table must live on the connection that reads it.
 */
const COPY_FROM_ROWS = 10_000;

/** COPY into a temporary table of the target's columns, then one set-based INSERT … SELECT (with its ON CONFLICT). */
async function stagedInsert(db: Executor, table: string, columns: readonly string[], rows: object[], upsert?: Upsert) {
  const arrays = function* () {
    for (const row of rows as Record<string, unknown>[]) yield columns.map((c) => row[c]);
  };
  // A plain insert needs no stage: COPY writes straight into the table.
  if (!upsert) return copyRows(db, quote(table), columns, arrays());
  if (upsert.fresh && (await copiedUnlessStored(db, table, columns, arrays()))) return;
  const stage = quote(`${table}_stage`);
  const list = columns.map(quote).join(', ');
  // The columns' own types, and no defaults: a serial id would draw from the target's sequence for every row.
  await db.executeQuery(CompiledQuery.raw(`create temporary table ${stage} on commit drop as select ${list} from ${quote(table)} with no data`));
  await copyRows(db, stage, columns, arrays());
  await db.executeQuery(CompiledQuery.raw(`insert into ${quote(table)} (${list}) select ${list} from ${stage}${conflictClause(upsert)}`));
  // Dropped now, not at commit: a second bulk write in the same transaction creates it again.
  await db.executeQuery(CompiledQuery.raw(`drop table ${stage}`));
}

/** COPY straight into the table under a savepoint; false, with nothing written, when a row's key is already stored. */
async function copiedUnlessStored(db: Executor, table: string, columns: readonly string[], rows: Iterable<unknown[]>): Promise<boolean> {
  const run = (text: string) => db.executeQuery(CompiledQuery.raw(text));
  await run('savepoint bulk_copy');
  try {
    await copyRows(db, quote(table), columns, rows);
  } catch (error) {
    // 23505: unique_violation. Anything else is a real failure and ends the transaction as before.
    if ((error as { code?: string }).code !== '23505') throw error;
    await run('rollback to savepoint bulk_copy');
    return false;
  }
  await run('release savepoint bulk_copy');
  return true;
}

/** Rows a PostgreSQL statement carries: one array parameter per column, so the statement stays small. */
const POSTGRES_CHUNK = 50_000;

/** `insert … select * from unnest($1::bigint[], $2::text[], …)`: PostgreSQL plans one short statement per chunk. */
function unnestText(table: string, columns: readonly string[], arrays: unknown[][], upsert?: Upsert): string {
  const types = arrays.map((values) => {
    const sample = values.find((v) => v !== null);
    return typeof sample === 'number' ? (values.every((v) => v === null || Number.isInteger(v)) ? 'bigint' : 'double precision') : 'text';
  });
  const unnest = types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
  return `insert into ${quote(table)} (${columns.map(quote).join(', ')}) select * from unnest(${unnest})${conflictClause(upsert)}`;
}


/** The single-row statement SQLite runs for every row. */
function insertText(table: string, columns: readonly string[], upsert?: Upsert): string {
  const placeholders = columns.map(() => '?').join(', ');
  return `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${placeholders})${conflictClause(upsert)}`;
}

const quote = (name: string) => `"${name}"`;

function conflictClause(upsert?: Upsert): string {
  if (!upsert) return '';
  const sets = upsert.update.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ');
  return ` on conflict (${upsert.keys.map(quote).join(', ')}) do update set ${sets}`;
}
