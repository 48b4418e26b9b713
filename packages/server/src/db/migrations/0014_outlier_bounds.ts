import type { Kysely } from 'kysely';

/**
 * Data quality: min–max bounds per data element × org unit × option combo (month 1–12 for a seasonal element,
 * 0 for every month), generated from history or set by hand (`generated` 0: a regeneration leaves it alone);
 * and a follow-up mark on each value, set when a value is saved outside its bounds, cleared or set by staff.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_value_bound')
    .addColumn('data_element_id', 'integer', (c) => c.notNull().references('data_element.id'))
    .addColumn('category_option_combo_id', 'integer', (c) => c.notNull().references('category_option_combo.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('month', 'integer', (c) => c.notNull())
    .addColumn('min_value', 'double precision', (c) => c.notNull())
    .addColumn('max_value', 'double precision', (c) => c.notNull())
    .addColumn('generated', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('data_value_bound_pk', ['data_element_id', 'category_option_combo_id', 'org_unit_id', 'month'])
    .execute();
  await db.schema.alterTable('data_value').addColumn('follow_up', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('data_value').dropColumn('follow_up').execute();
  await db.schema.dropTable('data_value_bound').execute();
}
