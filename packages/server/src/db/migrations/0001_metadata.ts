import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect.ts';

/** Org units over time and the metadata model (DATA_DICTIONARY.md). */
export async function up(db: Kysely<any>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('org_unit'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sentence_name', 'text')
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('org_unit.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('opening_date', 'text', (c) => c.notNull())
    .addColumn('closing_date', 'text')
    .execute();
  await db.schema.createIndex('org_unit_path_idx').on('org_unit').column('path').execute();
  await db.schema
    .createTable('org_unit_successor')
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('successor_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addPrimaryKeyConstraint('org_unit_successor_pk', ['org_unit_id', 'successor_id'])
    .execute();

  await withIdColumn(db, db.schema.createTable('category'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await withIdColumn(db, db.schema.createTable('category_option'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('category.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await withIdColumn(db, db.schema.createTable('category_combo'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('category_combo_category')
    .addColumn('category_combo_id', 'integer', (c) => c.notNull().references('category_combo.id'))
    .addColumn('category_id', 'integer', (c) => c.notNull().references('category.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('category_combo_category_pk', ['category_combo_id', 'category_id'])
    .execute();
  await withIdColumn(db, db.schema.createTable('category_option_combo'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category_combo_id', 'integer', (c) => c.notNull().references('category_combo.id'))
    .addColumn('option_codes', 'text', (c) => c.notNull())
    .addUniqueConstraint('category_option_combo_code_uq', ['category_combo_id', 'code'])
    .execute();

  await withIdColumn(db, db.schema.createTable('data_element'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('value_type', 'text', (c) => c.notNull())
    .addColumn('aggregation_type', 'text', (c) => c.notNull())
    .addColumn('category_combo_id', 'integer', (c) => c.notNull().references('category_combo.id'))
    .addColumn('description', 'text')
    .execute();

  await withIdColumn(db, db.schema.createTable('data_set'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('period_type', 'text', (c) => c.notNull())
    .addColumn('due_day', 'integer', (c) => c.notNull())
    .addColumn('open_days_after_period', 'integer', (c) => c.notNull())
    .addColumn('org_unit_level', 'integer', (c) => c.notNull())
    .execute();
  await withIdColumn(db, db.schema.createTable('data_set_section'))
    .addColumn('data_set_id', 'integer', (c) => c.notNull().references('data_set.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('data_set_section_code_uq', ['data_set_id', 'code'])
    .execute();
  await db.schema
    .createTable('data_set_section_element')
    .addColumn('section_id', 'integer', (c) => c.notNull().references('data_set_section.id'))
    .addColumn('data_element_id', 'integer', (c) => c.notNull().references('data_element.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('data_set_section_element_pk', ['section_id', 'data_element_id'])
    .execute();
  await db.schema
    .createTable('data_set_org_unit')
    .addColumn('data_set_id', 'integer', (c) => c.notNull().references('data_set.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addPrimaryKeyConstraint('data_set_org_unit_pk', ['data_set_id', 'org_unit_id'])
    .execute();

  await withIdColumn(db, db.schema.createTable('indicator'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('expression', 'text', (c) => c.notNull())
    .addColumn('decimals', 'integer', (c) => c.notNull())
    .addColumn('description', 'text')
    .execute();
  await withIdColumn(db, db.schema.createTable('validation_rule'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('left_side', 'text', (c) => c.notNull())
    .addColumn('operator', 'text', (c) => c.notNull())
    .addColumn('right_side', 'text', (c) => c.notNull())
    .addColumn('importance', 'text', (c) => c.notNull())
    .addColumn('missing_value_strategy', 'text', (c) => c.notNull())
    .addColumn('period_type', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .execute();

  await withIdColumn(db, db.schema.createTable('disease'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('report_order', 'integer', (c) => c.notNull())
    .addColumn('watch_order', 'integer')
    .addColumn('cases_element_id', 'integer', (c) => c.notNull().references('data_element.id'))
    .addColumn('deaths_element_id', 'integer', (c) => c.notNull().references('data_element.id'))
    .execute();
  await db.schema
    .createTable('disease_group')
    .addColumn('disease_id', 'integer', (c) => c.notNull().references('disease.id'))
    .addColumn('disease_group', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'setting', 'disease_group', 'disease', 'validation_rule', 'indicator', 'data_set_org_unit',
    'data_set_section_element', 'data_set_section', 'data_set', 'data_element', 'category_option_combo',
    'category_combo_category', 'category_combo', 'category_option', 'category', 'org_unit_successor', 'org_unit',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
