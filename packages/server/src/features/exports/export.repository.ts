import type { ExportValue } from '@syt/core/interchange/types.ts';
import type { Executor } from '../metadata/upsert.ts';

/**
 * Stored values of an org unit (or its subtree) for some periods, with what DHIS2 carries beside each value: the
 * attribute option combo (absent for none), the follow-up mark, who stored it and when it was created and changed.
 */
export async function selectExportValues(
  db: Executor,
  unit: { id: number; path: string },
  options: { descendants: boolean; periods: string[]; elementIds?: number[] | undefined },
): Promise<ExportValue[]> {
  let q = db
    .selectFrom('data_value as v')
    .innerJoin('data_element as de', 'de.id', 'v.data_element_id')
    .innerJoin('category_option_combo as coc', 'coc.id', 'v.category_option_combo_id')
    .innerJoin('org_unit as ou', 'ou.id', 'v.org_unit_id')
    .leftJoin('category_option_combo as aoc', 'aoc.id', 'v.attribute_option_combo_id')
    .select([
      'de.code as dataElement', 'coc.code as categoryOptionCombo', 'aoc.code as attributeOptionCombo', 'ou.code as orgUnit',
      'v.period', 'v.value', 'v.comment', 'v.follow_up', 'v.stored_by', 'v.created_at', 'v.updated_at',
    ])
    .where('v.period', 'in', options.periods);
  q = options.descendants ? q.where('ou.path', 'like', `${unit.path}%`) : q.where('v.org_unit_id', '=', unit.id);
  if (options.elementIds) q = q.where('v.data_element_id', 'in', options.elementIds.length ? options.elementIds : [-1]);
  const rows = await q
    .orderBy('ou.path').orderBy('v.period').orderBy('de.id').orderBy('coc.id').orderBy('v.attribute_option_combo_id')
    .execute();
  return rows.map((r) => {
    const v: ExportValue = { dataElement: r.dataElement, categoryOptionCombo: r.categoryOptionCombo, orgUnit: r.orgUnit, period: r.period, value: r.value };
    if (r.attributeOptionCombo !== null) v.attributeOptionCombo = r.attributeOptionCombo;
    if (r.comment) v.comment = r.comment;
    if (r.stored_by) v.storedBy = r.stored_by;
    v.created = r.created_at;
    v.lastUpdated = r.updated_at;
    v.followup = r.follow_up === 1;
    return v;
  });
}
