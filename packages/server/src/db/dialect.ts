import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

/** Which engine a Kysely instance talks to; the only place that asks. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * An auto-numbered integer primary key, spelled the way each engine wants it. On SQLite a plain
 * INTEGER PRIMARY KEY is the rowid: numbered automatically, without AUTOINCREMENT's per-insert bookkeeping.
 */
export function withIdColumn<T extends string>(
  db: Kysely<any>,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return isPostgres(db)
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey());
}

/** The column type for file bytes: SQLite's BLOB, PostgreSQL's BYTEA (both read back as a Buffer). */
export function binaryColumnType(db: Kysely<any>): 'blob' | 'bytea' {
  return isPostgres(db) ? 'bytea' : 'blob';
}
