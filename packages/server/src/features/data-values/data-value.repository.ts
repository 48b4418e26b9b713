import type { DataValue } from '@syt/core/datavalue/types.ts';
import { DEFAULT_ATTRIBUTE_COMBO_ID } from '@syt/core/metadata/types.ts';
import type { DataValueRow } from '../../db/schema.ts';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Executor } from '../metadata/upsert.ts';

export const DATA_VALUE_COLUMNS = [
  'data_element_id', 'category_option_combo_id', 'attribute_option_combo_id', 'org_unit_id', 'period', 'period_start',
  'period_end', 'province_id', 'value', 'comment', 'stored_by', 'created_at', 'updated_at', 'import_id',
] as const satisfies readonly (keyof DataValueRow)[];

/** Inserts rows in multi-row statements (callers open the transaction). */
export async function insertDataValueRows(db: Executor, rows: DataValueRow[]): Promise<void> {
  await bulkInsert(db, 'data_value', DATA_VALUE_COLUMNS, rows);
}

/**
 * Inserts new values and overwrites changed ones with their follow-up mark (created_at of existing rows is kept).
 * `fresh`: the caller found none of these cells stored, which lets PostgreSQL load them by plain COPY (the result
 * is the same if one was stored meanwhile).
 */
export async function upsertDataValueRows(
  db: Executor, rows: (DataValueRow & { follow_up: number })[], options: { fresh?: boolean } = {},
): Promise<void> {
  await bulkInsert(db, 'data_value', [...DATA_VALUE_COLUMNS, 'follow_up'], rows, {
    keys: ['data_element_id', 'category_option_combo_id', 'attribute_option_combo_id', 'org_unit_id', 'period'],
    update: ['value', 'comment', 'stored_by', 'updated_at', 'follow_up'],
    fresh: options.fresh ?? false,
  });
}

/**
 * Stored values of an org unit (or its whole subtree) for some periods, optionally some elements only, by code: the
 * values of SYT's forms, which carry no attribute option combo (values of other combos are DHIS2 imports' own).
 */
export async function selectValues(
  db: Executor,
  unit: { id: number; path: string },
  options: { descendants: boolean; periods: string[]; elementIds?: number[] | undefined },
): Promise<DataValue[]> {
  let q = db
    .selectFrom('data_value as v')
    .innerJoin('data_element as de', 'de.id', 'v.data_element_id')
    .innerJoin('category_option_combo as coc', 'coc.id', 'v.category_option_combo_id')
    .innerJoin('org_unit as ou', 'ou.id', 'v.org_unit_id')
    .select(['de.code as dataElement', 'coc.code as categoryOptionCombo', 'ou.code as orgUnit', 'v.period', 'v.value', 'v.comment'])
    .where('v.period', 'in', options.periods)
    .where('v.attribute_option_combo_id', '=', DEFAULT_ATTRIBUTE_COMBO_ID);
  q = options.descendants ? q.where('ou.path', 'like', `${unit.path}%`) : q.where('v.org_unit_id', '=', unit.id);
  if (options.elementIds) q = q.where('v.data_element_id', 'in', options.elementIds.length ? options.elementIds : [-1]);
  const rows = await q.orderBy('ou.path').orderBy('v.period').orderBy('de.id').orderBy('coc.id').execute();
  return rows.map(({ comment, ...r }) => (comment ? { ...r, comment } : r));
}

/** Stored values of one org unit for some periods. */
export async function readDataValues(db: Executor, orgUnitId: number, periods: string[], elementIds?: number[]): Promise<DataValue[]> {
  return selectValues(db, { id: orgUnitId, path: '' }, { descendants: false, periods, elementIds });
}

/** Ids of the elements in a data set's sections, or undefined when the data set is unknown. */
export async function dataSetElementIds(db: Executor, dataSetCode: string): Promise<number[] | undefined> {
  const ds = await db.selectFrom('data_set').select('id').where('code', '=', dataSetCode).executeTakeFirst();
  if (!ds) return undefined;
  const rows = await db
    .selectFrom('data_set_section_element as l')
    .innerJoin('data_set_section as s', 's.id', 'l.section_id')
    .select('l.data_element_id')
    .where('s.data_set_id', '=', ds.id)
    .execute();
  return rows.map((r) => r.data_element_id);
}

/** Number of stored values (all, or under one province). */
export async function countDataValues(db: Executor): Promise<number> {
  const row = await db.selectFrom('data_value').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
