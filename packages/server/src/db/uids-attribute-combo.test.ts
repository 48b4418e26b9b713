import { uidFor, isUid, DEFAULT_OPTION_COMBO_UID } from '@syt/core/metadata/uid.ts';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.ts';
import { setupInstallation } from '../features/install/install.service.ts';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';
import { isPostgres } from './dialect.ts';
import { migrateTo, migrateToLatest } from './migrate.ts';

const UID_TABLES = [
  ['org_unit', 'orgUnit'],
  ['category', 'category'],
  ['category_option', 'categoryOption'],
  ['category_combo', 'categoryCombo'],
  ['category_option_combo', 'categoryOptionCombo'],
  ['data_element', 'dataElement'],
  ['data_set', 'dataSet'],
  ['indicator', 'indicator'],
  ['validation_rule', 'validationRule'],
] as const;

/** Every index of data_value but its primary key, with the statement (SQLite) or definition (PostgreSQL) that makes it. */
async function dataValueIndexes(db: Kysely<any>): Promise<Record<string, string>> {
  const { rows } = isPostgres(db)
    ? await sql<{ name: string; definition: string }>`select indexname as name, indexdef as definition from pg_indexes
        where tablename = 'data_value' and schemaname = current_schema() and indexname <> 'data_value_pk'`.execute(db)
    : await sql<{ name: string; definition: string }>`select name, sql as definition from sqlite_master
        where type = 'index' and tbl_name = 'data_value' and sql is not null`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.name, r.definition]));
}

/**
 * Migration 0030 on an installation that already holds values: every metadata object gets its UID, values keep their
 * rows and indexes, and the attribute option combo joins the key.
 */
describe.each(DIALECTS)('migration 0030 (UIDs, attribute option combo) on $name', (dialect) => {
  let database: TestDatabase;
  let db: Kysely<any>;
  let indexesBefore: Record<string, string>;
  let ids: { element: number; combo: number; unit: number; province: number; otherCombo: number };
  const value = (period: string, v: string, extra: Record<string, unknown> = {}) => ({
    data_element_id: ids.element,
    category_option_combo_id: ids.combo,
    org_unit_id: ids.unit,
    period,
    period_start: `${period.slice(0, 4)}-${period.slice(4)}-01`,
    period_end: `${period.slice(0, 4)}-${period.slice(4)}-28`,
    province_id: ids.province,
    value: v,
    comment: null,
    stored_by: 'test',
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    ...extra,
  });

  beforeAll(async () => {
    database = await dialect.create();
    db = database.db as unknown as Kysely<any>;
    // An installation as 0029 left it: metadata without UIDs, values keyed without attribute combo.
    await setupInstallation({ db: database.db, clock: systemClock });
    await migrateTo(database.db, '0029_analytics_unit_index');
    const one = async (table: string, code: string) =>
      Number((await db.selectFrom(table).select('id').where('code', '=', code).executeTakeFirstOrThrow()).id);
    const combos = await db.selectFrom('category_option_combo').select('id').orderBy('id').execute();
    ids = {
      element: await one('data_element', 'SXHD_CASES'),
      combo: await one('category_option_combo', 'default'),
      unit: await one('org_unit', '615'),
      province: await one('org_unit', '62'),
      otherCombo: Number(combos.at(-1)!.id),
    };
    await db.insertInto('data_value').values([value('202401', '3'), value('202402', '0'), value('202403', '7')]).execute();
    indexesBefore = await dataValueIndexes(db);
    await migrateToLatest(database.db);
  }, 120_000);
  afterAll(() => database.drop());

  it('gives every existing metadata object the UID derived from its kind and code', async () => {
    for (const [table, kind] of UID_TABLES) {
      const rows = await db.selectFrom(table).select(['code', 'uid']).execute();
      expect(rows.length, table).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.uid, `${table} ${r.code}`).toBe(uidFor(kind, r.code));
        expect(isUid(r.uid)).toBe(true);
      }
    }
    const defaultCombo = await db.selectFrom('category_option_combo').select('uid').where('code', '=', 'default').executeTakeFirstOrThrow();
    expect(defaultCombo.uid).toBe(DEFAULT_OPTION_COMBO_UID);
  });

  it('refuses a metadata object without UID, and two objects of one kind with the same UID', async () => {
    const combo = await db.selectFrom('category_combo').select('id').where('code', '=', 'default').executeTakeFirstOrThrow();
    const element = { name: 'Thử', value_type: 'NUMBER', aggregation_type: 'SUM', category_combo_id: combo.id };
    await expect(db.insertInto('data_element').values({ ...element, code: 'NO_UID' }).execute()).rejects.toThrow();
    await expect(db.insertInto('data_element').values({ ...element, code: 'EMPTY_UID', uid: '' }).execute()).rejects.toThrow();
    const taken = uidFor('dataElement', 'SXHD_CASES');
    await expect(db.insertInto('data_element').values({ ...element, code: 'SAME_UID', uid: taken }).execute()).rejects.toThrow();
    await db.insertInto('data_element').values({ ...element, code: 'OWN_UID', uid: 'a1234567890' }).execute();
    expect((await db.selectFrom('data_element').select('uid').where('code', '=', 'OWN_UID').executeTakeFirstOrThrow()).uid).toBe('a1234567890');
  });

  it('keeps every stored value, with no attribute combo (0)', async () => {
    const rows = await db
      .selectFrom('data_value')
      .select(['period', 'value', 'attribute_option_combo_id', 'follow_up', 'created_at'])
      .orderBy('period')
      .execute();
    expect(rows).toEqual([
      { period: '202401', value: '3', attribute_option_combo_id: 0, follow_up: 0, created_at: '2024-01-01T00:00:00Z' },
      { period: '202402', value: '0', attribute_option_combo_id: 0, follow_up: 0, created_at: '2024-01-01T00:00:00Z' },
      { period: '202403', value: '7', attribute_option_combo_id: 0, follow_up: 0, created_at: '2024-01-01T00:00:00Z' },
    ]);
  });

  it('keeps every index of data_value as it was', async () => {
    const after = await dataValueIndexes(db);
    expect(Object.keys(indexesBefore).length).toBeGreaterThanOrEqual(4);
    expect(after).toEqual(indexesBefore);
  });

  it('lets two values differing only by attribute combo coexist, and still refuses a duplicate', async () => {
    await db.insertInto('data_value').values(value('202401', '5', { attribute_option_combo_id: ids.otherCombo })).execute();
    const cell = await db
      .selectFrom('data_value')
      .select(['attribute_option_combo_id', 'value'])
      .where('data_element_id', '=', ids.element)
      .where('org_unit_id', '=', ids.unit)
      .where('period', '=', '202401')
      .orderBy('attribute_option_combo_id')
      .execute();
    expect(cell).toEqual([
      { attribute_option_combo_id: 0, value: '3' },
      { attribute_option_combo_id: ids.otherCombo, value: '5' },
    ]);
    await expect(db.insertInto('data_value').values(value('202401', '9')).execute()).rejects.toThrow();
    await expect(
      db.insertInto('data_value').values(value('202401', '9', { attribute_option_combo_id: ids.otherCombo })).execute(),
    ).rejects.toThrow();
  });

  it('upserts on the new key: a conflict on (element, option combo, attribute combo, unit, period) updates that value only', async () => {
    await db
      .insertInto('data_value')
      .values(value('202401', '4', { attribute_option_combo_id: ids.otherCombo }))
      .onConflict((oc) =>
        oc
          .columns(['data_element_id', 'category_option_combo_id', 'attribute_option_combo_id', 'org_unit_id', 'period'])
          .doUpdateSet({ value: '4' }),
      )
      .execute();
    const values = await db.selectFrom('data_value').select('value').where('period', '=', '202401').orderBy('attribute_option_combo_id').execute();
    expect(values.map((v) => v.value)).toEqual(['3', '4']);
  });

  it('gives audit rows written without the column no attribute combo', async () => {
    await db
      .insertInto('data_value_audit')
      .values({
        data_element_id: ids.element,
        category_option_combo_id: ids.combo,
        org_unit_id: ids.unit,
        period: '202401',
        action: 'UPDATE',
        old_value: '2',
        new_value: '3',
        changed_by: 'test',
        changed_at: '2024-01-02T00:00:00Z',
      })
      .execute();
    const audit = await db.selectFrom('data_value_audit').select('attribute_option_combo_id').where('changed_by', '=', 'test').execute();
    expect(audit).toEqual([{ attribute_option_combo_id: 0 }]);
  });
});
