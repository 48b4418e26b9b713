import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect.ts';

/** The audit trail of every value change, the submission state of each form, and who may edit expired periods. */
export async function up(db: Kysely<any>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('data_value_audit'))
    .addColumn('data_element_id', 'integer', (c) => c.notNull().references('data_element.id'))
    .addColumn('category_option_combo_id', 'integer', (c) => c.notNull().references('category_option_combo.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('old_comment', 'text')
    .addColumn('new_comment', 'text')
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('data_value_audit_cell_idx')
    .on('data_value_audit')
    .columns(['org_unit_id', 'period', 'data_element_id', 'category_option_combo_id'])
    .execute();

  await db.schema
    .createTable('data_set_report')
    .addColumn('data_set_id', 'integer', (c) => c.notNull().references('data_set.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('reopen_reason', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('data_set_report_pk', ['data_set_id', 'org_unit_id', 'period'])
    .execute();
  await withIdColumn(db, db.schema.createTable('data_set_report_event'))
    .addColumn('data_set_id', 'integer', (c) => c.notNull().references('data_set.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('app_user')
    .addColumn('can_edit_expired', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('app_user').dropColumn('can_edit_expired').execute();
  await db.schema.dropTable('data_set_report_event').execute();
  await db.schema.dropTable('data_set_report').execute();
  await db.schema.dropTable('data_value_audit').execute();
}
