import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect.ts';

/** In-app notifications (with their e-mail state), the scheduler's last run, and users' e-mail addresses. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('app_user').addColumn('email', 'text').execute();

  await withIdColumn(db, db.schema.createTable('notification'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    // The notification is its own mail outbox: PENDING until sent, so a crash between insert and send loses nothing.
    .addColumn('mail_status', 'text')
    .addColumn('mail_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The scheduler may run twice over the same day (restart, two processes): the key makes each reminder happen once.
    .addUniqueConstraint('notification_dedupe_uq', ['user_id', 'dedupe_key'])
    .execute();
  await db.schema.createIndex('notification_user_idx').on('notification').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('notification_mail_idx').on('notification').column('mail_status').execute();

  await db.schema
    .createTable('scheduler_run')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('last_run_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('scheduler_run').execute();
  await db.schema.dropTable('notification').execute();
  await db.schema.alterTable('app_user').dropColumn('email').execute();
}
