import type { DataValueBoundTable } from '../../db/schema.ts';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Executor } from '../metadata/upsert.ts';

/** Numeric elements of a data set (the only ones bounds and scores apply to), in form order; undefined: no such set. */
export async function numericElementsOf(db: Executor, dataSetCode: string) {
  const ds = await db.selectFrom('data_set').select(['id', 'code', 'name']).where('code', '=', dataSetCode).executeTakeFirst();
  if (!ds) return undefined;
  const elements = await db
    .selectFrom('data_set_section_element as l')
    .innerJoin('data_set_section as s', 's.id', 'l.section_id')
    .innerJoin('data_element as de', 'de.id', 'l.data_element_id')
    .select(['de.id', 'de.code', 'de.name'])
    .where('s.data_set_id', '=', ds.id)
    .where('de.value_type', 'in', ['INTEGER_ZERO_OR_POSITIVE', 'NUMBER', 'PERCENTAGE'])
    .orderBy('s.sort_order')
    .orderBy('l.sort_order')
    .execute();
  return { dataSet: ds, elements };
}

/** The units a data set is assigned to, within a subtree (by path). */
export async function assignedUnitsUnder(db: Executor, dataSetId: number, path: string) {
  return db
    .selectFrom('data_set_org_unit as a')
    .innerJoin('org_unit as ou', 'ou.id', 'a.org_unit_id')
    .select(['ou.id', 'ou.code', 'ou.name', 'ou.path'])
    .where('a.data_set_id', '=', dataSetId)
    .where('ou.path', 'like', `${path}%`)
    .orderBy('ou.path')
    .execute();
}

/** Stored values of one element at units, between two monthly codes (inclusive); monthly codes only. */
export async function monthlyValuesOf(db: Executor, elementId: number, unitIds: number[], from: string, to: string) {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('data_value as v')
    .innerJoin('category_option_combo as coc', 'coc.id', 'v.category_option_combo_id')
    .select(['v.category_option_combo_id as cocId', 'coc.code as cocCode', 'coc.name as cocName', 'v.org_unit_id as unitId', 'v.period', 'v.value', 'v.comment', 'v.follow_up as followUp'])
    .where('v.data_element_id', '=', elementId)
    .where('v.org_unit_id', 'in', unitIds)
    .where('v.period', '>=', from)
    .where('v.period', '<=', to)
    .execute();
  return rows.filter((r) => /^\d{6}$/.test(r.period));
}

/** The bounds of one element at units. */
export async function boundsOf(db: Executor, elementId: number, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('data_value_bound')
    .selectAll()
    .where('data_element_id', '=', elementId)
    .where('org_unit_id', 'in', unitIds)
    .execute();
}

/** Replaces the generated bounds of one element at units; series with bounds set by hand keep them. */
export async function replaceGeneratedBounds(db: Executor, elementId: number, unitIds: number[], rows: DataValueBoundTable[]) {
  if (unitIds.length > 0) {
    await db.deleteFrom('data_value_bound').where('data_element_id', '=', elementId).where('org_unit_id', 'in', unitIds).where('generated', '=', 1).execute();
  }
  const columns = ['data_element_id', 'category_option_combo_id', 'org_unit_id', 'month', 'min_value', 'max_value', 'generated', 'updated_at', 'updated_by'] as const;
  await bulkInsert(db, 'data_value_bound', columns, rows);
}

/** Sets one series' bounds by hand: one pair for every month, in place of whatever it had. */
export async function setManualBounds(db: Executor, row: Omit<DataValueBoundTable, 'month' | 'generated'>) {
  await db
    .deleteFrom('data_value_bound')
    .where('data_element_id', '=', row.data_element_id)
    .where('category_option_combo_id', '=', row.category_option_combo_id)
    .where('org_unit_id', '=', row.org_unit_id)
    .execute();
  await db.insertInto('data_value_bound').values({ ...row, month: 0, generated: 0 }).execute();
}

/** Marks or unmarks one stored value for follow-up; false when no value is stored there. */
export async function setFollowUp(db: Executor, key: { elementId: number; cocId: number; unitId: number; period: string }, followUp: boolean) {
  const result = await db
    .updateTable('data_value')
    .set({ follow_up: followUp ? 1 : 0 })
    .where('data_element_id', '=', key.elementId)
    .where('category_option_combo_id', '=', key.cocId)
    .where('org_unit_id', '=', key.unitId)
    .where('period', '=', key.period)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
