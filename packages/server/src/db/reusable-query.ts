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
 * A hot statement of fixed shape (no `in` lists), built and compiled once per database instead of on every call:
 * only its arguments change. Inside a held SQLite connection (a transaction) it also runs as a cached prepared
 * statement. Saves and session lookups spend most of their time building SQL otherwise.
 */
function reusable<A extends unknown[]>(build: (db: Executor, ...args: A) => Compilable<unknown>) {
  const compiled = new WeakMap<object, { sql: string; parameters: readonly unknown[] }>();
  return (db: Executor, args: A) => {
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
    const statement = sqlite && (db.isTransaction || holdsConnection(db)) ? cachedStatement(sqlite, query.sql) : undefined;
    return { sql: query.sql, parameters, statement };
  };
}

/** A reusable query: its rows. */
export function reusableQuery<A extends unknown[], R>(build: (db: Executor, ...args: A) => Compilable<R>) {
  const prepare = reusable(build);
  return async (db: Executor, ...args: A): Promise<R[]> => {
    const { sql, parameters, statement } = prepare(db, args);
    if (statement) {
      if (statement.reader) return statement.all(parameters) as R[];
      statement.run(parameters);
      return [];
    }
    return (await db.executeQuery<R>(CompiledQuery.raw(sql, parameters))).rows;
  };
}

/**
 * A reusable write: how many rows it changed. SQLite's RETURNING costs several times the write itself, so a
 * write that only needs to know whether it matched asks for the count instead.
 */
export function reusableCommand<A extends unknown[]>(build: (db: Executor, ...args: A) => Compilable<unknown>) {
  const prepare = reusable(build);
  return async (db: Executor, ...args: A): Promise<number> => {
    const { sql, parameters, statement } = prepare(db, args);
    if (statement) return statement.run(parameters).changes;
    return Number((await db.executeQuery(CompiledQuery.raw(sql, parameters))).numAffectedRows ?? 0n);
  };
}
