import type { Kysely } from 'kysely';
import { binaryColumnType, withIdColumn } from '../dialect.ts';

/** Uploaded files, directives (văn bản chỉ đạo), their tasks, the units on each task, and the tasks' updates. */
export async function up(db: Kysely<any>): Promise<void> {
  // Files live in the database so one backup holds everything.
  await withIdColumn(db, db.schema.createTable('attachment'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', binaryColumnType(db), (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();

  await withIdColumn(db, db.schema.createTable('directive'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('attachment_id', 'integer', (c) => c.references('attachment.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await createTaskTables(db);
}

async function createTaskTables(db: Kysely<any>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('task'))
    .addColumn('directive_id', 'integer', (c) => c.references('directive.id'))
    .addColumn('group_heading', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('lead_org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('deadline_kind', 'text', (c) => c.notNull())
    .addColumn('deadline_date', 'text')
    .addColumn('deadline_day', 'integer')
    // The next due date, kept beside the deadline so "due next month" and "overdue" are index range queries.
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('draft', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('task_due_idx').on('task').columns(['draft', 'due_date']).execute();
  await db.schema.createIndex('task_directive_idx').on('task').column('directive_id').execute();

  await db.schema
    .createTable('task_unit')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('task.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('task_unit_pk', ['task_id', 'org_unit_id'])
    .execute();

  await withIdColumn(db, db.schema.createTable('task_update'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('task.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('task_update_task_idx').on('task_update').column('task_id').execute();

  await db.schema
    .createTable('task_update_attachment')
    .addColumn('update_id', 'integer', (c) => c.notNull().references('task_update.id'))
    .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachment.id'))
    .addPrimaryKeyConstraint('task_update_attachment_pk', ['update_id', 'attachment_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['task_update_attachment', 'task_update', 'task_unit', 'task', 'directive', 'attachment']) {
    await db.schema.dropTable(table).execute();
  }
}
