import { uidFor, type UidKind } from '@syt/core/metadata/uid.ts';
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

/** Tables whose objects DHIS2 names by UID, with the kind their derived UID is made from. */
const UID_TABLES: ReadonlyArray<[table: string, kind: UidKind]> = [
  ['org_unit', 'orgUnit'],
  ['category', 'category'],
  ['category_option', 'categoryOption'],
  ['category_combo', 'categoryCombo'],
  ['category_option_combo', 'categoryOptionCombo'],
  ['data_element', 'dataElement'],
  ['data_set', 'dataSet'],
  ['indicator', 'indicator'],
  ['validation_rule', 'validationRule'],
];

/** Rows given their UID per statement while backfilling. */
const BACKFILL_CHUNK = 500;

/**
 * DHIS2 interchange (issue 15). Every metadata object gets its DHIS2 UID (derived from kind and code for existing
 * objects, as a package without declared UIDs gets them), unique per table. A data value gains its attribute option
 * combo (0: none, DHIS2's default), which joins its key: two values differing only by attribute combo coexist.
 * PostgreSQL swaps the primary key in place; SQLite cannot, so data_value is rebuilt with every index it had.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // SQLite's migrations run outside a transaction: the rebuild must not stop half-way.
  if (isPostgres(db)) await upIn(db);
  else await db.transaction().execute(upIn);
}

async function upIn(db: Kysely<any>): Promise<void> {
  for (const [table, kind] of UID_TABLES) await addUid(db, table, kind);
  await db.schema
    .alterTable('data_value_audit')
    .addColumn('attribute_option_combo_id', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  if (isPostgres(db)) {
    await db.schema
      .alterTable('data_value')
      .addColumn('attribute_option_combo_id', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await replacePostgresKey(db, true);
  } else {
    await rebuildSqliteDataValue(db, true);
  }
}

/**
 * Adds `uid`, fills it and makes it unique. The column gets a '' default only so SQLite can add it NOT NULL to a
 * filled table; PostgreSQL then drops the default, and both refuse '' (SQLite by triggers: it cannot add a CHECK
 * that existing rows would fail while adding the column, nor drop a default).
 */
async function addUid(db: Kysely<any>, table: string, kind: UidKind): Promise<void> {
  await db.schema
    .alterTable(table)
    .addColumn('uid', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const rows = await db.selectFrom(table).select(['id', 'code']).orderBy('id').execute();
  for (let i = 0; i < rows.length; i += BACKFILL_CHUNK) {
    const chunk = rows.slice(i, i + BACKFILL_CHUNK) as Array<{ id: number; code: string }>;
    const cases = sql.join(chunk.map((r) => sql`when ${r.id} then ${uidFor(kind, r.code)}`), sql` `);
    await sql`update ${sql.table(table)} set uid = case id ${cases} end
      where id in (${sql.join(chunk.map((r) => r.id))})`.execute(db);
  }
  await db.schema.createIndex(`${table}_uid_idx`).on(table).column('uid').unique().execute();
  if (isPostgres(db)) {
    await sql`alter table ${sql.table(table)} alter column uid drop default`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_uid_check`)} check (uid <> '')`.execute(db);
    return;
  }
  for (const event of ['insert', 'update of uid']) {
    const name = sql.id(`${table}_uid_${event.startsWith('insert') ? 'insert' : 'update'}_check`);
    await sql`create trigger ${name} before ${sql.raw(event)} on ${sql.table(table)} when new.uid = ''
      begin select raise(abort, ${sql.lit(`NOT NULL constraint failed: ${table}.uid`)}); end`.execute(db);
  }
}

/** data_value's columns before this migration (0003, 0005, 0014), in their order. */
const DATA_VALUE_COLUMNS = [
  'data_element_id',
  'category_option_combo_id',
  'org_unit_id',
  'period',
  'period_start',
  'period_end',
  'province_id',
  'value',
  'comment',
  'stored_by',
  'created_at',
  'updated_at',
  'import_id',
  'follow_up',
];

/** SQLite's table rebuild (its documented way to change a primary key), keeping every row and index. */
async function rebuildSqliteDataValue(db: Kysely<any>, withAttributeCombo: boolean): Promise<void> {
  const { rows: indexes } = await sql<{ sql: string }>`select sql from sqlite_master
    where type = 'index' and tbl_name = 'data_value' and sql is not null`.execute(db);
  let table: CreateTableBuilder<'data_value_next', string> = db.schema
    .createTable('data_value_next')
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
    .addColumn('import_id', 'text')
    .addColumn('follow_up', 'integer', (c) => c.notNull().defaultTo(0));
  if (withAttributeCombo) {
    table = table.addColumn('attribute_option_combo_id', 'integer', (c) => c.notNull().defaultTo(0));
  }
  await table.addPrimaryKeyConstraint('data_value_pk', dataValueKey(withAttributeCombo)).execute();
  const columns = sql.join(DATA_VALUE_COLUMNS.map((c) => sql.id(c)));
  await sql`insert into data_value_next (${columns}) select ${columns} from data_value`.execute(db);
  await db.schema.dropTable('data_value').execute();
  await sql`alter table data_value_next rename to data_value`.execute(db);
  // The indexes went with the old table; their own statements rebuild them as they were (0003, 0007, 0029, …).
  for (const index of indexes) await sql.raw(index.sql).execute(db);
}

/** data_value's primary key with or without the attribute option combo. */
function dataValueKey(withAttributeCombo: boolean): string[] {
  return withAttributeCombo
    ? ['data_element_id', 'category_option_combo_id', 'attribute_option_combo_id', 'org_unit_id', 'period']
    : ['data_element_id', 'category_option_combo_id', 'org_unit_id', 'period'];
}

/** PostgreSQL changes the primary key in place; its indexes stay. */
async function replacePostgresKey(db: Kysely<any>, withAttributeCombo: boolean): Promise<void> {
  await sql`alter table data_value drop constraint data_value_pk`.execute(db);
  const key = sql.join(dataValueKey(withAttributeCombo).map((c) => sql.id(c)));
  await sql`alter table data_value add constraint data_value_pk primary key (${key})`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await downIn(db);
  else await db.transaction().execute(downIn);
}

/** Back to one value per cell: values of an attribute combo other than none are dropped with the column. */
async function downIn(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('data_value').where('attribute_option_combo_id', '<>', 0).execute();
  if (isPostgres(db)) {
    await replacePostgresKey(db, false);
    await db.schema.alterTable('data_value').dropColumn('attribute_option_combo_id').execute();
  } else {
    await rebuildSqliteDataValue(db, false);
  }
  await db.schema.alterTable('data_value_audit').dropColumn('attribute_option_combo_id').execute();
  for (const [table] of UID_TABLES) {
    if (!isPostgres(db)) {
      await sql`drop trigger if exists ${sql.id(`${table}_uid_insert_check`)}`.execute(db);
      await sql`drop trigger if exists ${sql.id(`${table}_uid_update_check`)}`.execute(db);
    }
    await db.schema.dropIndex(`${table}_uid_idx`).execute();
    await db.schema.alterTable(table).dropColumn('uid').execute();
  }
}
