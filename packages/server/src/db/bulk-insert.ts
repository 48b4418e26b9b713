import type SQLite from 'better-sqlite3';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { sqliteHandleOf } from './database.ts';
import type { DB } from './schema.ts';

/** Both engines accept at least this many bound parameters in one statement (SQLite 32,766; PostgreSQL 65,535). */
const MAX_PARAMETERS = 30_000;

export interface Upsert {
  /** The unique key the conflict is detected on. */
  keys: string[];
  /** Columns overwritten from the incoming row when it conflicts. */
  update: string[];
}

type Executor = Kysely<DB> | Transaction<DB>;

/**
 * Inserts many rows (objects) with multi-row statements written once per chunk size. The query builder would
 * build a tree node for every value of a million-row import; this is the one hot path that skips it. On SQLite
 * the statements are prepared once per connection and reused, on the caller's transaction.
 */
export async function bulkInsert<R extends object>(db: Executor, table: keyof DB, columns: readonly (keyof R & string)[], rows: R[], upsert?: Upsert) {
  const perChunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const sqlite = sqliteHandleOf(db);
  for (let i = 0; i < rows.length; i += perChunk) {
    const end = Math.min(rows.length, i + perChunk);
    const params = new Array<unknown>((end - i) * columns.length);
    let p = 0;
    for (let r = i; r < end; r++) {
      const row = rows[r] as Record<string, unknown>;
      for (const c of columns) params[p++] = row[c];
    }
    const text = insertText(table, columns, end - i, !sqlite, upsert);
    if (sqlite) prepared(sqlite, text).run(params);
    else await db.executeQuery(CompiledQuery.raw(text, params));
  }
}

const statements = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

function prepared(sqlite: SQLite.Database, text: string): SQLite.Statement {
  let cache = statements.get(sqlite);
  if (!cache) statements.set(sqlite, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = sqlite.prepare(text)));
  return statement;
}

const texts = new Map<string, string>();

function insertText(table: string, columns: readonly string[], rowCount: number, postgres: boolean, upsert?: Upsert): string {
  const key = `${table}|${columns.join(',')}|${rowCount}|${postgres}|${upsert?.keys.join(',')}|${upsert?.update.join(',')}`;
  const cached = texts.get(key);
  if (cached) return cached;
  const q = (name: string) => `"${name}"`;
  let n = 0;
  const row = () => `(${columns.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`;
  const values = Array.from({ length: rowCount }, row).join(', ');
  const conflict = upsert
    ? ` on conflict (${upsert.keys.map(q).join(', ')}) do update set ${upsert.update.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`
    : '';
  const text = `insert into ${q(table)} (${columns.map(q).join(', ')}) values ${values}${conflict}`;
  texts.set(key, text);
  return text;
}
