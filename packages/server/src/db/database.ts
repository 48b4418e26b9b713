import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { withPreparedStatements } from './pg-prepared.ts';
import type { DB } from './schema.ts';

export type Database = Kysely<DB>;

// PostgreSQL returns BIGINT/NUMERIC as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Opens the database a `DATABASE_URL` names: `sqlite:<path>` (WAL mode) or `postgres://…`. */
export function openDatabase(url: string): Database {
  if (url.startsWith('sqlite:')) {
    const sqlite = openSqlite(url);
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    sqliteHandles.set(db.getExecutor().adapter, sqlite);
    return db;
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return new Kysely<DB>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) });
  }
  throw new Error(`DATABASE_URL không hợp lệ: ${url}`);
}

// Keyed by the adapter, which a Kysely instance shares with its transactions (same single connection).
const sqliteHandles = new WeakMap<object, SQLite.Database>();

/** The embedded engine's own handle behind a Kysely instance or transaction, for cached prepared statements. */
export function sqliteHandleOf(db: { getExecutor(): { adapter: object } }): SQLite.Database | undefined {
  return sqliteHandles.get(db.getExecutor().adapter);
}

function openSqlite(url: string): SQLite.Database {
  const path = url.slice('sqlite:'.length);
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  // In WAL mode NORMAL never corrupts the file; a power cut may only lose the last commits.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // A 64 MB page cache keeps a large import's index pages in memory instead of re-reading them.
  sqlite.pragma('cache_size = -65536');
  return sqlite;
}

/** How many prepared statements one SQLite handle keeps; dynamic `in` lists make more shapes than hot paths use. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The handle Kysely sees, preparing each SQL text once: better-sqlite3 otherwise re-prepares on every query,
 * which was the largest single cost of a cell save. Kysely runs one query at a time on the one connection,
 * so a cached statement is never used twice at once. Least recently used texts leave first.
 */
function withStatementCache(sqlite: SQLite.Database) {
  return { close: () => sqlite.close(), prepare: (text: string) => cachedStatement(sqlite, text) };
}

const statementCaches = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

/** The prepared statement of a SQL text on a handle, shared by Kysely and the few paths that run statements directly. */
export function cachedStatement(sqlite: SQLite.Database, text: string): SQLite.Statement {
  let cache = statementCaches.get(sqlite);
  if (!cache) statementCaches.set(sqlite, (cache = new Map()));
  let statement = cache.get(text);
  if (statement) cache.delete(text);
  else statement = sqlite.prepare(text);
  cache.set(text, statement);
  if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return statement;
}
