import type { DataValue } from '@syt/core/datavalue/types.ts';
import type { Executor } from '../metadata/upsert.ts';

/** Stored values of an org unit (or its whole subtree) for some periods, optionally one data set's elements. */
export async function selectValues(
  db: Executor,
  unit: { id: number; path: string },
  options: { descendants: boolean; periods: string[]; elementIds?: number[] },
): Promise<DataValue[]> {
  let q = db
    .selectFrom('data_value as v')
    .innerJoin('data_element as de', 'de.id', 'v.data_element_id')
    .innerJoin('category_option_combo as coc', 'coc.id', 'v.category_option_combo_id')
    .innerJoin('org_unit as ou', 'ou.id', 'v.org_unit_id')
    .select(['de.code as dataElement', 'coc.code as categoryOptionCombo', 'ou.code as orgUnit', 'v.period', 'v.value', 'v.comment'])
    .where('v.period', 'in', options.periods);
  q = options.descendants ? q.where('ou.path', 'like', `${unit.path}%`) : q.where('v.org_unit_id', '=', unit.id);
  if (options.elementIds) q = q.where('v.data_element_id', 'in', options.elementIds.length ? options.elementIds : [-1]);
  const rows = await q.orderBy('ou.path').orderBy('v.period').orderBy('de.id').orderBy('coc.id').execute();
  return rows.map(({ comment, ...r }) => (comment ? { ...r, comment } : r));
}
