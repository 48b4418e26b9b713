import type { Executor } from '../metadata/upsert.ts';

/** Stored counts of one element: by unit code, then by period code (summed over the element's breakdown). */
export type ElementCounts = Map<string, Map<string, number>>;

/** Weekly periods (`2023W47`) or monthly ones (`202311`). */
export type SeriesType = 'Weekly' | 'Monthly';

/** Codes of the stored periods of a type: weeks carry a W, months are six digits. */
const periodPattern = (type: SeriesType) => (type === 'Weekly' ? '%W%' : '______');

/**
 * The counts of some elements over the periods of a type starting in `from..to` (ISO dates), summed per element,
 * unit and period. Non-numeric values are left out, as every aggregation does.
 */
export async function readCaseCounts(db: Executor, elementIds: number[], type: SeriesType, from: string, to: string): Promise<Map<number, ElementCounts>> {
  const out = new Map<number, ElementCounts>();
  if (elementIds.length === 0) return out;
  const units = new Map((await db.selectFrom('org_unit').select(['id', 'code']).execute()).map((u) => [Number(u.id), u.code]));
  const rows = await db
    .selectFrom('data_value')
    .select(['data_element_id', 'org_unit_id', 'period', 'value'])
    .where('data_element_id', 'in', elementIds)
    .where('period_start', '>=', from)
    .where('period_start', '<=', to)
    .where('period', 'like', periodPattern(type))
    .execute();
  for (const r of rows) {
    const value = Number(r.value);
    if (r.value === '' || !Number.isFinite(value)) continue;
    const element = Number(r.data_element_id);
    const unit = units.get(Number(r.org_unit_id))!;
    const byUnit = out.get(element) ?? new Map<string, Map<string, number>>();
    out.set(element, byUnit);
    const byPeriod = byUnit.get(unit) ?? new Map<string, number>();
    byUnit.set(unit, byPeriod);
    byPeriod.set(r.period, (byPeriod.get(r.period) ?? 0) + value);
  }
  return out;
}

/** Whether any value of the elements was stored or changed at or after `since` (an ISO moment). */
export async function countsChangedSince(db: Executor, elementIds: number[], since: string): Promise<boolean> {
  if (elementIds.length === 0) return false;
  const row = await db
    .selectFrom('data_value')
    .select('period')
    .where('data_element_id', 'in', elementIds)
    .where('updated_at', '>=', since)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
