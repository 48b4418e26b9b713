import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { cachedStatement, sqliteHandleOf } from './database.ts';
import type { DB } from './schema.ts';

export interface Upsert {
  /** The unique key the conflict is detected on. */
  keys: string[];
  /** Columns overwritten from the incoming row when it conflicts. */
  update: string[];
}

type Executor = Kysely<DB> | Transaction<DB>;

/**
 * Inserts many rows (objects) without the query builder, which would build a tree node for every value of a
 * million-row import: the one hot path that skips it. PostgreSQL gets multi-row statements (one round trip
 * per chunk); embedded SQLite runs one cached single-row statement per row on the caller's transaction,
 * which measured faster there than multi-row statements.
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
  for (let i = 0; i < rows.length; i += POSTGRES_CHUNK) {
    const chunk = rows.slice(i, i + POSTGRES_CHUNK) as Record<string, unknown>[];
    const arrays = columns.map((c) => chunk.map((row) => row[c] ?? null));
    await db.executeQuery(CompiledQuery.raw(unnestText(table, columns, arrays, upsert), arrays));
  }
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
