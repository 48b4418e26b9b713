import { periodForDate, tryParsePeriod } from '@syt/core/period/index.ts';
import type { Executor } from '../metadata/upsert.ts';

/** Stored counts of one element: by unit code, then by period code (summed over the element's breakdown). */
export type ElementCounts = Map<string, Map<string, number>>;

/** Weekly periods (`2023W47`) or monthly ones (`202311`). */
export type SeriesType = 'Weekly' | 'Monthly';

/** Codes of the stored periods of a type: weeks carry a W, months are six digits (a quarter `2023Q1` is six too). */
const periodPattern = (type: SeriesType) => (type === 'Weekly' ? '%W%' : '______');
const notMonthly = ['%Q%', '%S%'];

/**
 * The counts of some elements over the periods of a type starting in `from..to` (ISO dates), summed per element,
 * unit and period. Non-numeric values are left out, as every aggregation does. A form sent for a period reports every
 * cell it holds: its empty cells count zero cases (forms leave zeros out), while a period with no form sent stays
 * missing — so a rare disease's first case stands out against the weeks reported without one.
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
    .where((eb) => eb.and(type === 'Weekly' ? [] : notMonthly.map((p) => eb('period', 'not like', p))))
    .execute();
  for (const cell of await sentFormCells(db, elementIds, type, from, to)) {
    countsOf(out, cell.element, units.get(cell.unitId)!).set(cell.period, 0);
  }
  for (const r of rows) {
    const value = Number(r.value);
    if (r.value === '' || !Number.isFinite(value)) continue;
    const byPeriod = countsOf(out, Number(r.data_element_id), units.get(Number(r.org_unit_id))!);
    byPeriod.set(r.period, (byPeriod.get(r.period) ?? 0) + value);
  }
  return out;
}

function countsOf(out: Map<number, ElementCounts>, element: number, unit: string): Map<string, number> {
  const byUnit = out.get(element) ?? new Map<string, Map<string, number>>();
  out.set(element, byUnit);
  const byPeriod = byUnit.get(unit) ?? new Map<string, number>();
  byUnit.set(unit, byPeriod);
  return byPeriod;
}

/** The cells of the elements in forms sent (or approved) for periods of the type starting in `from..to`. */
async function sentFormCells(db: Executor, elementIds: number[], type: SeriesType, from: string, to: string) {
  const rows = await db
    .selectFrom('data_set_report as r')
    .innerJoin('data_set as d', 'd.id', 'r.data_set_id')
    .innerJoin('data_set_section as s', 's.data_set_id', 'r.data_set_id')
    .innerJoin('data_set_section_element as l', 'l.section_id', 's.id')
    .select(['l.data_element_id', 'r.org_unit_id', 'r.period'])
    .distinct()
    .where('d.period_type', '=', type)
    .where('l.data_element_id', 'in', elementIds)
    .where('r.status', 'in', ['SUBMITTED', 'APPROVED'])
    // Codes of one type sort as their periods do (`2023W05` before `2023W47`).
    .where('r.period', '>=', periodForDate(type, from).code)
    .where('r.period', '<=', periodForDate(type, to).code)
    .execute();
  return rows.flatMap((r) => {
    const period = tryParsePeriod(r.period);
    if (!period || period.startDate < from || period.startDate > to) return [];
    return [{ element: Number(r.data_element_id), unitId: Number(r.org_unit_id), period: r.period }];
  });
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
