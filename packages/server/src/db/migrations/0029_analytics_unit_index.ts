import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

/**
 * SQLite's counterpart of 0028. Analytics reads, unit by unit, the values of a few elements over a span of periods (a
 * province pivot: 10 elements × every commune × 60 months). Through (province, unit, period start) it read every
 * element's entries of a unit and then each row from the table; this index leads with the element after the unit and
 * holds every column the read needs, so it is answered from the index alone, element by element. PostgreSQL reads
 * the same rows through 0028's series index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`create index if not exists data_value_unit_series_idx on data_value
    (province_id, org_unit_id, data_element_id, period_start, category_option_combo_id, period, value)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`drop index if exists data_value_unit_series_idx`.execute(db);
}
