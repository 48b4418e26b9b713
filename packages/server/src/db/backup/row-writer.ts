import { CompiledQuery, type Kysely } from 'kysely';
import { sqliteHandleOf } from '../database.ts';
import type { TableInfo } from './catalog.ts';

/** Parameters per PostgreSQL statement, below its limit of 65,535. */
const POSTGRES_PARAMS = 30_000;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Inserts a table's rows in `table.columns` order: one cached statement per row on SQLite, multi-row statements
 * on PostgreSQL (ids kept even in a GENERATED ALWAYS column). Self-references are written as null and set once
 * the whole table is in, so row order never matters.
 */
export function rowWriter(trx: Kysely<any>, table: TableInfo) {
  const columns = table.columns.map(quote).join(', ');
  const selfRefs = table.selfRefs.map((c) => table.columns.indexOf(c));
  const keys = table.key.map((c) => table.columns.indexOf(c));
  const pending: unknown[][] = [];
  const sqlite = sqliteHandleOf(trx);
  const single = sqlite?.prepare(
    `insert into ${quote(table.name)} (${columns}) values (${table.columns.map(() => '?').join(', ')})`,
  );
  const perStatement = Math.max(1, Math.floor(POSTGRES_PARAMS / table.columns.length));
  let batch: unknown[][] = [];

  const flush = async () => {
    if (!batch.length) return;
    const params = batch.flat();
    const width = table.columns.length;
    const tuples = batch
      .map((_, r) => `(${table.columns.map((__, c) => `$${r * width + c + 1}`).join(', ')})`)
      .join(', ');
    batch = [];
    await trx.executeQuery(
      CompiledQuery.raw(
        `insert into ${quote(table.name)} (${columns}) overriding system value values ${tuples}`,
        params,
      ),
    );
  };

  return {
    async add(values: unknown[]): Promise<void> {
      if (selfRefs.some((i) => values[i] !== null)) {
        pending.push(values.slice());
        for (const i of selfRefs) values[i] = null;
      }
      if (single) single.run(values);
      else if (batch.push(values) >= perStatement) await flush();
    },
    async finish(): Promise<void> {
      await flush();
      const mark = (n: number) => (sqlite ? '?' : `$${n}`);
      const sets = selfRefs.map((i, n) => `${quote(table.columns[i]!)} = ${mark(n + 1)}`).join(', ');
      const where = keys.map((i, n) => `${quote(table.columns[i]!)} = ${mark(selfRefs.length + n + 1)}`).join(' and ');
      for (const row of pending) {
        const params = [...selfRefs.map((i) => row[i]), ...keys.map((i) => row[i])];
        await trx.executeQuery(CompiledQuery.raw(`update ${quote(table.name)} set ${sets} where ${where}`, params));
      }
    },
  };
}
