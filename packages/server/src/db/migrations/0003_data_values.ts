import type { Kysely } from 'kysely';

/** Figures keyed like DHIS2, each row carrying its province root for later partitioning. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_value')
    .addColumn('data_element_id', 'integer', (c) => c.notNull().references('data_element.id'))
    .addColumn('category_option_combo_id', 'integer', (c) => c.notNull().references('category_option_combo.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('province_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('stored_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('data_value_pk', ['data_element_id', 'category_option_combo_id', 'org_unit_id', 'period'])
    .execute();
  await db.schema
    .createIndex('data_value_org_period_idx')
    .on('data_value')
    .columns(['province_id', 'org_unit_id', 'period_start'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('data_value').execute();
}
