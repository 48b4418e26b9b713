import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

export type Executor = Kysely<DB> | Transaction<DB>;

type CodedTable = {
  [K in keyof DB]: DB[K] extends { code: string } ? K : never;
}[keyof DB];

/** Inserts or updates a row by its unique `code`, returning its id. */
export async function upsertByCode<T extends CodedTable>(
  db: Executor,
  table: T,
  row: Record<string, unknown> & { code: string },
): Promise<number> {
  const { code: _code, ...changes } = row;
  const anyDb = db as unknown as Kysely<any>;
  const result = await anyDb
    .insertInto(table as string)
    .values(row)
    .onConflict((oc) => oc.column('code').doUpdateSet(changes as Record<string, never>))
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(result.id);
}

/** Map of code → id for one coded table. */
export async function idsByCode(db: Executor, table: CodedTable): Promise<Map<string, number>> {
  const rows = await (db as unknown as Kysely<any>).selectFrom(table).select(['id', 'code']).execute();
  return new Map(rows.map((r: { id: number; code: string }) => [r.code, Number(r.id)]));
}
