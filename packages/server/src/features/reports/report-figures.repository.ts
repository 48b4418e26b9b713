import type { FigureRow } from '@syt/core/report/figures.ts';
import { sql } from 'kysely';
import type { Executor } from '../metadata/upsert.ts';

/** A stored figure row with the org unit's path, so the caller can place it under a child of the report's unit. */
export interface PlacedFigureRow extends FigureRow {
  path: string;
}

export interface FigureRowsQuery {
  /** Province root of the subtree (keeps the scan inside one province's rows). */
  provinceId: number;
  /** Path of the report's unit: it and everything below. */
  path: string;
  /** Stored periods whose first day lies in `start..end` (ISO dates, both included). */
  start: string;
  end: string;
}

// `_` and `%` in a code must not act as wildcards in the prefix match.
const likePrefix = (path: string) => `${path.replace(/[!%_]/g, '!$&')}%`;

/** Every numeric value stored in a subtree over a span of dates, keyed by codes: one query for the whole report. */
export async function figureRows(db: Executor, q: FigureRowsQuery): Promise<PlacedFigureRow[]> {
  const rows = await db
    .selectFrom('data_value as v')
    .innerJoin('org_unit as ou', 'ou.id', 'v.org_unit_id')
    .innerJoin('data_element as de', 'de.id', 'v.data_element_id')
    .innerJoin('category_option_combo as coc', 'coc.id', 'v.category_option_combo_id')
    .select(['de.code as element', 'coc.code as option', 'ou.code as orgUnit', 'ou.path', 'v.period', 'v.value'])
    .where('v.province_id', '=', q.provinceId)
    .where(sql<boolean>`${sql.ref('ou.path')} like ${likePrefix(q.path)} escape '!'`)
    .where('v.period_start', '>=', q.start)
    .where('v.period_start', '<=', q.end)
    .where('de.value_type', '!=', 'TEXT')
    .execute();
  const out: PlacedFigureRow[] = [];
  for (const r of rows) {
    const value = Number(r.value);
    // A numeric element never stores text, but a stray one must not turn a total into NaN.
    if (Number.isFinite(value)) out.push({ element: r.element, option: r.option, orgUnit: r.orgUnit, path: r.path, period: r.period, value });
  }
  return out;
}

/** The children of an org unit open at some time during `start..end`, in canonical order. */
export async function childUnitsDuring(db: Executor, parentId: number, start: string, end: string) {
  return db
    .selectFrom('org_unit')
    .select(['code', 'name', 'sentence_name', 'sort_order', 'path'])
    .where('parent_id', '=', parentId)
    .where('opening_date', '<=', end)
    .where((eb) => eb.or([eb('closing_date', 'is', null), eb('closing_date', '>=', start)]))
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
}

/** One org unit's display fields (its sentence name included). */
export async function reportUnitRow(db: Executor, id: number) {
  return db.selectFrom('org_unit').select(['code', 'name', 'sentence_name', 'sort_order']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** The data sets reported monthly, by code. */
export async function monthlyDataSets(db: Executor) {
  return db.selectFrom('data_set').select(['id', 'code', 'name']).where('period_type', '=', 'Monthly').orderBy('id').execute();
}

/** Every org unit of a subtree (the root included), by id and code. */
export async function subtreeUnits(db: Executor, path: string) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'code', 'name'])
    .where(sql<boolean>`${sql.ref('path')} like ${likePrefix(path)} escape '!'`)
    .execute();
}
