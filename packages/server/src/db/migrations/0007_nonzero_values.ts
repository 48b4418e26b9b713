import { sql, type Kysely } from 'kysely';

/**
 * Zeros apart. Units report zeros for most diseases most months (97% of a commune-level province's rows): a province
 * report adds up the non-zero values by date, and needs of the zeros only which element, option and period has one
 * (to tell "reported 0" from "nothing reported"), read from the index alone.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('data_value_nonzero_idx')
    .on('data_value')
    .columns(['province_id', 'period_start'])
    .where(sql.ref('value'), '<>', '0')
    .execute();
  await db.schema
    .createIndex('data_value_zero_idx')
    .on('data_value')
    .columns(['province_id', 'data_element_id', 'category_option_combo_id', 'period_start', 'period'])
    .where(sql.ref('value'), '=', '0')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('data_value_zero_idx').execute();
  await db.schema.dropIndex('data_value_nonzero_idx').execute();
}
