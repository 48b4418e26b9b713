import { CompiledQuery, type Kysely } from 'kysely';
import { isPostgres } from './dialect.ts';
import type { DB } from './schema.ts';

const held = new WeakSet<object>();
const BEGIN_IMMEDIATE = CompiledQuery.raw('begin immediate');
const COMMIT = CompiledQuery.raw('commit');
const ROLLBACK = CompiledQuery.raw('rollback');

/** Whether `db` is the connection a write transaction holds (statements on it run inside that transaction). */
export function holdsConnection(db: object): boolean {
  return held.has(db);
}

/**
 * A transaction that will write. PostgreSQL gets an ordinary one (row locks are taken by the statements).
 * SQLite gets `BEGIN IMMEDIATE`: the write lock is taken before the first read, so a read-then-write can
 * neither interleave with another process's write nor fail half-way with SQLITE_BUSY when it upgrades.
 */
export async function writeTransaction<T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (isPostgres(db)) return db.transaction().execute(work);
  // One connection held for the whole callback: Kysely's SQLite driver lets nothing else in meanwhile.
  return db.connection().execute(async (conn) => {
    await conn.executeQuery(BEGIN_IMMEDIATE);
    held.add(conn);
    try {
      const result = await work(conn);
      await conn.executeQuery(COMMIT);
      return result;
    } catch (error) {
      await conn.executeQuery(ROLLBACK);
      throw error;
    }
  });
}
