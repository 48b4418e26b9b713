import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect.ts';

/**
 * Epidemic surveillance: immediate reports of cases or events, alerts (a threshold crossed or an immediate report)
 * and outbreaks with their cases over time and the measures taken.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('immediate_report'))
    .addColumn('disease_id', 'integer', (c) => c.notNull().references('disease.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('onset_date', 'text', (c) => c.notNull())
    .addColumn('case_count', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();

  await withIdColumn(db, db.schema.createTable('outbreak'))
    .addColumn('disease_id', 'integer', (c) => c.notNull().references('disease.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('alert_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbreak_start_idx').on('outbreak').columns(['disease_id', 'start_date']).execute();
  await db.schema.createIndex('outbreak_status_idx').on('outbreak').column('status').execute();

  await withIdColumn(db, db.schema.createTable('outbreak_case_count'))
    .addColumn('outbreak_id', 'integer', (c) => c.notNull().references('outbreak.id'))
    .addColumn('case_date', 'text', (c) => c.notNull())
    .addColumn('case_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbreak_case_count_idx').on('outbreak_case_count').columns(['outbreak_id', 'case_date']).execute();

  await withIdColumn(db, db.schema.createTable('outbreak_measure'))
    .addColumn('outbreak_id', 'integer', (c) => c.notNull().references('outbreak.id'))
    .addColumn('measure_date', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbreak_measure_idx').on('outbreak_measure').column('outbreak_id').execute();

  await withIdColumn(db, db.schema.createTable('surveillance_alert'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('disease_id', 'integer', (c) => c.notNull().references('disease.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('observed', 'integer', (c) => c.notNull())
    .addColumn('expected', 'double precision')
    .addColumn('upper', 'double precision')
    .addColumn('method', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('verified_by', 'text')
    .addColumn('verified_at', 'text')
    .addColumn('outbreak_id', 'integer', (c) => c.references('outbreak.id'))
    .addColumn('immediate_report_id', 'integer', (c) => c.references('immediate_report.id'))
    // THRESHOLD alerts carry the period as their key so detection is idempotent; IMMEDIATE ones their report's id.
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('surveillance_alert_list_idx').on('surveillance_alert').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('surveillance_alert_unit_idx').on('surveillance_alert').columns(['org_unit_id', 'disease_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['surveillance_alert', 'outbreak_measure', 'outbreak_case_count', 'outbreak', 'immediate_report']) {
    await db.schema.dropTable(table).execute();
  }
}
