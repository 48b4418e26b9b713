import type { ExportValue } from '@syt/core/interchange/types.ts';
import type { Executor } from '../../metadata/upsert.ts';

/** What to read: units (each alone or with its subtree), periods by code or by dates, elements of some data sets. */
export interface ValueSelection {
  units: { id: number; path: string }[];
  children: boolean;
  periods?: string[];
  /** Periods lying wholly between these dates (DHIS2's startDate/endDate). */
  between?: { start: string; end: string };
  elementIds?: number[];
}

/**
 * Stored values as DHIS2 lists them, by code, ordered by unit, period, element and combos, with what DHIS2 carries
 * beside each value (attribute option combo, follow-up, who stored it, when created and changed).
 */
export async function selectDhis2Values(db: Executor, s: ValueSelection): Promise<ExportValue[]> {
  let q = db
    .selectFrom('data_value as v')
    .innerJoin('data_element as de', 'de.id', 'v.data_element_id')
    .innerJoin('category_option_combo as coc', 'coc.id', 'v.category_option_combo_id')
    .innerJoin('org_unit as ou', 'ou.id', 'v.org_unit_id')
    .leftJoin('category_option_combo as aoc', 'aoc.id', 'v.attribute_option_combo_id')
    .select([
      'de.code as dataElement', 'coc.code as categoryOptionCombo', 'aoc.code as attributeOptionCombo', 'ou.code as orgUnit',
      'v.period', 'v.value', 'v.comment', 'v.follow_up', 'v.stored_by', 'v.created_at', 'v.updated_at',
    ]);
  q = q.where((eb) =>
    eb.or(s.units.map((u) => (s.children ? eb('ou.path', 'like', `${u.path}%`) : eb('v.org_unit_id', '=', u.id)))),
  );
  if (s.periods) q = q.where('v.period', 'in', s.periods);
  if (s.between) q = q.where('v.period_start', '>=', s.between.start).where('v.period_end', '<=', s.between.end);
  if (s.elementIds) q = q.where('v.data_element_id', 'in', s.elementIds.length ? s.elementIds : [-1]);
  const rows = await q
    .orderBy('ou.path').orderBy('v.period_start').orderBy('v.period').orderBy('de.id').orderBy('coc.id').orderBy('v.attribute_option_combo_id')
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
