import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { sqliteHandleOf } from '../database.ts';
import { isPostgres } from '../dialect.ts';
import { appliedMigrations, listTables, type TableInfo } from './catalog.ts';
import { encodeValue, TableChecksum } from './codec.ts';

/** What one consistent read of the database offers: its schema level, its tables, and their rows. */
export interface Snapshot {
  engine: 'sqlite' | 'postgres';
  migrations: string[];
  tables: TableInfo[];
  rows(table: TableInfo): AsyncGenerator<unknown[][]>;
}

/** Rows handed over at once: small enough to keep memory flat on a table of millions. */
const BATCH = 5000;

/**
 * Runs `read` inside one read transaction, so every table is seen as of the same instant while SYT keeps writing:
 * on SQLite a WAL read transaction keeps its first snapshot; on PostgreSQL REPEATABLE READ does the same.
 */
export async function withSnapshot<T>(db: Database, read: (snapshot: Snapshot) => Promise<T>): Promise<T> {
  const postgres = isPostgres(db);
  const begin = postgres
    ? db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
    : db.transaction();
  return begin.execute(async (trx) => {
    // The first statement fixes the snapshot; the catalog is read inside it, so tables and rows agree.
    const tables = await listTables(trx);
    const migrations = await appliedMigrations(trx);
    return read({
      engine: postgres ? 'postgres' : 'sqlite',
      migrations,
      tables,
      rows: (table) => readRows(trx, table),
    });
  });
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A table's rows in key order, in batches, each row its raw values in `table.columns` order. */
export async function* readRows(db: Kysely<any>, table: TableInfo): AsyncGenerator<unknown[][]> {
  const order = table.key.map(quote).join(', ');
  const text = `select ${table.columns.map(quote).join(', ')} from ${quote(table.name)} order by ${order}`;
  const sqlite = sqliteHandleOf(db);
  if (sqlite) {
    // One statement stepped lazily: better-sqlite3 reads a row at a time from the open transaction.
    let batch: unknown[][] = [];
    for (const row of sqlite.prepare(text).raw(true).iterate() as IterableIterator<unknown[]>) {
      batch.push(row);
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
    return;
  }
  // A server-side cursor: PostgreSQL sends BATCH rows per round trip instead of the whole table.
  await sql.raw(`declare syt_backup_rows no scroll cursor for ${text}`).execute(db);
  for (;;) {
    const { rows } = await sql.raw<Record<string, unknown>>(`fetch forward ${BATCH} from syt_backup_rows`).execute(db);
    if (rows.length === 0) break;
    yield rows.map((r) => table.columns.map((c) => r[c]));
  }
  await sql.raw('close syt_backup_rows').execute(db);
}

/** Row count and checksum of every table, read in one snapshot: what a backup's header promises. */
export async function tableChecksums(db: Database): Promise<Record<string, { rows: number; checksum: string }>> {
  return withSnapshot(db, async (snapshot) => {
    const out: Record<string, { rows: number; checksum: string }> = {};
    for (const table of snapshot.tables) {
      const sum = await checksumOf(snapshot.rows(table));
      out[table.name] = { rows: sum.rows, checksum: sum.digest() };
    }
    return out;
  });
}

/** The checksum of rows as read from a database, computed over the lines a backup would write for them. */
export async function checksumOf(batches: AsyncIterable<unknown[][]>): Promise<TableChecksum> {
  const sum = new TableChecksum();
  for await (const batch of batches) for (const row of batch) sum.add(JSON.stringify(row.map(encodeValue)));
  return sum;
}
