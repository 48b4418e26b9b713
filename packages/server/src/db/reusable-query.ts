import { CompiledQuery, type Compilable, type Kysely, type Transaction } from 'kysely';
import { cachedStatement, sqliteHandleOf } from './database.ts';
import { markHot } from './pg-prepared.ts';
import type { DB } from './schema.ts';
import { holdsConnection } from './write-transaction.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** Stands for the i-th argument while the query is built once. */
class Slot {
  constructor(readonly index: number) {}
}

/**
 * A hot query of fixed shape (no `in` lists), built and compiled once per database instead of on every call:
 * only its arguments change. Inside a held SQLite connection (a transaction) it also runs as a cached prepared
 * statement. Saves and session lookups spend most of their time building SQL otherwise.
 */
export function reusableQuery<A extends unknown[], R>(build: (db: Executor, ...args: A) => Compilable<R>) {
  const compiled = new WeakMap<object, { sql: string; parameters: readonly unknown[] }>();
  return async (db: Executor, ...args: A): Promise<R[]> => {
    const adapter = db.getExecutor().adapter;
    let query = compiled.get(adapter);
    if (!query) {
      const slots = args.map((_, i) => new Slot(i)) as A;
      query = build(db, ...slots).compile();
      markHot(query.sql);
      compiled.set(adapter, query);
    }
    const parameters = query.parameters.map((p) => (p instanceof Slot ? args[p.index] : p));
    const sqlite = sqliteHandleOf(db);
    if (sqlite && (db.isTransaction || holdsConnection(db))) {
      const statement = cachedStatement(sqlite, query.sql);
      if (statement.reader) return statement.all(parameters) as R[];
      statement.run(parameters);
      return [];
    }
    return (await db.executeQuery<R>(CompiledQuery.raw(query.sql, parameters))).rows;
  };
}

