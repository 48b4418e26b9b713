import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

/**
 * Analytics reads an element's values of a province over a span of months (a pivot cell row, a chart series). Values
 * are stored month after month, so a series lies on as many heap pages as it has rows: at national scale (34 million
 * values) a 10 × 34 × 60 pivot read 2 million values from pages scattered over the whole table. This index holds
 * every column such a read needs, in series order, so PostgreSQL answers it from the index alone. SQLite keeps its plans: a province's rows
 * are few there, and its existing indexes are tuned per query (reports/province-figures.repository.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  // `if not exists`: a large installation may build it beforehand with CREATE INDEX CONCURRENTLY (README), as a
  // migration runs in a transaction and would block writes to data_value while it builds.
  await sql`create index if not exists data_value_series_idx on data_value (data_element_id, province_id, period_start)
    include (category_option_combo_id, org_unit_id, period, value)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`drop index if exists data_value_series_idx`.execute(db);
}
