import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect.ts';

/**
 * Sign-in hardening. Attempts and locks are keyed by the normalised name typed, not by user id, so a name
 * that does not exist is counted and locked exactly like one that does (the answers reveal nothing).
 * The optional second factor: a TOTP secret per user, enabled once confirmed, and hashed one-time recovery codes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_failure').execute();
  await withIdColumn(db, db.schema.createTable('login_attempt'))
    .addColumn('login_key', 'text', (c) => c.notNull())
    .addColumn('attempted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_attempt_key_idx').on('login_attempt').columns(['login_key', 'attempted_at']).execute();
  // Old attempts are pruned by time: names typed once (a spray of made-up names) would otherwise stay for ever.
  await db.schema.createIndex('login_attempt_time_idx').on('login_attempt').column('attempted_at').execute();
  await db.schema
    .createTable('login_lock')
    .addColumn('login_key', 'text', (c) => c.primaryKey())
    .addColumn('locked_until', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('second_factor')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('app_user.id'))
    .addColumn('secret', 'text', (c) => c.notNull())
    // 0 while set up but not yet confirmed with a code: sign-in asks for a code only once it is 1.
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
    // The last TOTP time step accepted: a code seen once is refused afterwards (replay).
    .addColumn('last_step', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await withIdColumn(db, db.schema.createTable('recovery_code'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('recovery_code_user_idx').on('recovery_code').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('recovery_code').execute();
  await db.schema.dropTable('second_factor').execute();
  await db.schema.dropTable('login_lock').execute();
  await db.schema.dropTable('login_attempt').execute();
  await withIdColumn(db, db.schema.createTable('login_failure'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('failed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failure_user_idx').on('login_failure').columns(['user_id', 'failed_at']).execute();
}
