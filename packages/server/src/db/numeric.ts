import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from './dialect.ts';

/** A TEXT column read as a number in SQL: `REAL` on SQLite, `double precision` on PostgreSQL. */
export function asNumber(db: Kysely<any>, column: string): RawBuilder<number> {
  const type = isPostgres(db) ? 'double precision' : 'real';
  return sql<number>`cast(${sql.ref(column)} as ${sql.raw(type)})`;
}
