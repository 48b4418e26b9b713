import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect.ts';

/** Reporting requests (yêu cầu báo cáo): the request, its unit groups with deadlines, each unit's submission and files. */
export async function up(db: Kysely<any>): Promise<void> {
  // Outline and deliverables are read and written whole with the request, so they stay JSON.
  await withIdColumn(db, db.schema.createTable('report_request'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('outline', 'text', (c) => c.notNull())
    .addColumn('deliverables', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('report_request_template')
    .addColumn('request_id', 'integer', (c) => c.notNull().references('report_request.id'))
    .addColumn('deliverable_index', 'integer', (c) => c.notNull())
    .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachment.id'))
    .addPrimaryKeyConstraint('report_request_template_pk', ['request_id', 'deliverable_index'])
    .execute();

  await withIdColumn(db, db.schema.createTable('report_request_group'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('report_request.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('recipients', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_request_group_request_idx').on('report_request_group').column('request_id').execute();
  // The notifications look for groups whose deadline is near.
  await db.schema.createIndex('report_request_group_deadline_idx').on('report_request_group').column('deadline').execute();

  await db.schema
    .createTable('report_request_unit')
    .addColumn('group_id', 'integer', (c) => c.notNull().references('report_request_group.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addPrimaryKeyConstraint('report_request_unit_pk', ['group_id', 'org_unit_id'])
    .execute();

  await createSubmissionTables(db);
}

async function createSubmissionTables(db: Kysely<any>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('report_request_submission'))
    .addColumn('group_id', 'integer', (c) => c.notNull().references('report_request_group.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('report_request_submission_uq', ['group_id', 'org_unit_id'])
    .execute();

  await db.schema
    .createTable('report_request_file')
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('report_request_submission.id'))
    .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachment.id'))
    .addPrimaryKeyConstraint('report_request_file_pk', ['submission_id', 'attachment_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = ['report_request_file', 'report_request_submission', 'report_request_unit', 'report_request_group',
    'report_request_template', 'report_request'];
  for (const table of tables) await db.schema.dropTable(table).execute();
}
