import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect.ts';

/**
 * Personal access tokens for scripts (`Authorization: ApiToken d2pat_…`, DHIS2's scheme). Only the SHA-256 of a
 * token is kept, so a copy of the database gives no usable token; the unique index finds the token of a request.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('api_token'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    // JSON array of IPs and CIDR ranges; null: any address.
    .addColumn('allowed_addresses', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_token_hash_idx').on('api_token').column('token_hash').unique().execute();
  await db.schema.createIndex('api_token_user_idx').on('api_token').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('api_token').execute();
}
