import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect.ts';

/**
 * Saved analytics: favourites (a pivot's or a chart's query and layout, as JSON text), dashboards laid out from
 * favourites and built-in cards, who else may open each (named users, whole roles), and the dashboard each user
 * chose for the home page (no row: the role's built-in default).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('favourite'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('layout', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull().references('app_user.username'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('favourite_owner_idx').on('favourite').column('owner').execute();
  await shareTable(db, 'favourite_share', 'favourite_id', 'favourite.id');

  await withIdColumn(db, db.schema.createTable('dashboard'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull().references('app_user.username'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dashboard_owner_idx').on('dashboard').column('owner').execute();
  await db.schema
    .createTable('dashboard_item')
    .addColumn('dashboard_id', 'integer', (c) => c.notNull().references('dashboard.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    // 'favourite' (favourite_id set) or 'widget' (widget set).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('favourite_id', 'integer', (c) => c.references('favourite.id'))
    .addColumn('widget', 'text')
    .addColumn('width', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('dashboard_item_pk', ['dashboard_id', 'position'])
    .execute();
  await db.schema.createIndex('dashboard_item_favourite_idx').on('dashboard_item').column('favourite_id').execute();
  await shareTable(db, 'dashboard_share', 'dashboard_id', 'dashboard.id');

  await db.schema
    .createTable('dashboard_home')
    .addColumn('username', 'text', (c) => c.primaryKey().references('app_user.username'))
    .addColumn('dashboard_id', 'integer', (c) => c.notNull().references('dashboard.id'))
    .execute();
  await db.schema.createIndex('dashboard_home_dashboard_idx').on('dashboard_home').column('dashboard_id').execute();
}

/** Who else may open a saved object: `USER` + a login name, or `ROLE` + a role. */
async function shareTable(db: Kysely<any>, table: string, column: string, references: string): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn(column, 'integer', (c) => c.notNull().references(references))
    .addColumn('grantee_kind', 'text', (c) => c.notNull())
    .addColumn('grantee', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pk`, [column, 'grantee_kind', 'grantee'])
    .execute();
  await db.schema.createIndex(`${table}_grantee_idx`).on(table).columns(['grantee_kind', 'grantee']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'dashboard_home',
    'dashboard_share',
    'dashboard_item',
    'dashboard',
    'favourite_share',
    'favourite',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
