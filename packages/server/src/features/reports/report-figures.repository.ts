import type { FigureRow } from '@syt/core/report/figures.ts';
import { sql } from 'kysely';
import { asNumber } from '../../db/numeric.ts';
import type { Executor } from '../metadata/upsert.ts';
import { provinceFigureRows, type FigureCodes } from './province-figures.repository.ts';

export interface FigureRowsQuery {
  /** Province root of the subtree (keeps the scan inside one province's rows). */
  provinceId: number;
  /** The report's unit: it and everything below. */
  unit: { id: number; code: string; path: string };
  /** Stored periods whose first day lies in `start..end` (ISO dates, both included). */
  start: string;
  end: string;
}

/** The report's figure rows and, for each org unit they name, the child of the report's unit it lies in. */
export interface PlacedFigureRows {
  rows: FigureRow[];
  childOf: ReadonlyMap<string, string | null>;
}

/**
 * Every numeric value of a subtree over a span of dates in one query, summed in SQL per child of the report's unit
 * (a district's communes become one row per element, option and period). LAST elements stay per stored unit: each
 * unit's own latest value counts, so a unit that has not reported the latest month still adds its last figure.
 */
export async function figureRows(db: Executor, q: FigureRowsQuery): Promise<PlacedFigureRows> {
  const codes = await codesById(db, q.unit.path);
  if (q.unit.id === q.provinceId) return provinceFigureRows(db, q, codes);
  const rows = await groupedRows(db, q, codes.numeric);
  const childOf = new Map<string, string | null>([[q.unit.code, null]]);
  const out: FigureRow[] = [];
  for (const r of rows) {
    const child = r.child_id === null ? null : codes.units.get(r.child_id)!.code;
    const orgUnit = r.leaf_id === null ? (child ?? q.unit.code) : codes.units.get(r.leaf_id)!.code;
    childOf.set(orgUnit, child);
    const value = Number(r.value);
    if (!Number.isFinite(value)) continue;
    out.push({ element: codes.elements.get(r.element_id)!, option: codes.options.get(r.option_id)!, orgUnit, period: r.period, value });
  }
  return { rows: out, childOf };
}

// Grouped on ids, not codes: the engine sorts a few hundred thousand short integer keys instead of strings.
async function groupedRows(db: Executor, q: FigureRowsQuery, elements: { ids: number[]; lastIds: number[] }) {
  // Element ids listed rather than joined: one join fewer per value row read.
  const isLast = elements.lastIds.length ? sql`${sql.ref('v.data_element_id')} in (${sql.join(elements.lastIds)})` : sql`1 = 0`;
  const leafOfLast = sql<number | null>`case when ${isLast} then ${sql.ref('v.org_unit_id')} end`;
  return (
    db
      // Materialised: a hundred-odd units placed once, then each unit's values read through the (province, unit,
      // period) index; inlined, the engine would place every value row on its own.
      .with((cte) => cte('placed').materialized(), (w) =>
        w
          .selectFrom('org_unit as ou')
          .leftJoin('org_unit as c', (j) => j.on('c.parent_id', '=', q.unit.id).on(startsWith(sql.ref('ou.path'), sql.ref('c.path'))))
          .select(['ou.id as unit_id', 'c.id as child_id'])
          .where(startsWith(sql.ref('ou.path'), sql.val(q.unit.path))),
      )
      .selectFrom('placed as p')
      // CROSS JOIN fixes SQLite's loop order: units outside, each unit's rows by index inside (PostgreSQL plans freely).
      .crossJoin('data_value as v')
      .select((eb) => [
        'v.data_element_id as element_id', 'v.category_option_combo_id as option_id', 'p.child_id', 'v.period',
        leafOfLast.as('leaf_id'), eb.fn.sum<number>(asNumber(db, 'v.value')).as('value'),
      ])
      .whereRef('v.org_unit_id', '=', 'p.unit_id')
      .where('v.province_id', '=', q.provinceId)
      .where('v.period_start', '>=', q.start)
      .where('v.period_start', '<=', q.end)
      .where('v.data_element_id', 'in', elements.ids)
      // By the output name: PostgreSQL would not match the CASE's parameters in GROUP BY to those in the select list.
      .groupBy(['v.data_element_id', 'v.category_option_combo_id', 'p.child_id', sql.ref('leaf_id'), 'v.period'])
      .execute()
  );
}

/** Codes of the elements, option combos and subtree units a grouped row names by id; the numeric elements' ids. */
async function codesById(db: Executor, path: string): Promise<FigureCodes> {
  const [elements, options, units] = await Promise.all([
    db.selectFrom('data_element').select(['id', 'code', 'value_type', 'aggregation_type']).execute(),
    db.selectFrom('category_option_combo').select(['id', 'code']).execute(),
    subtreeUnits(db, path),
  ]);
  const byId = (rows: { id: number; code: string }[]) => new Map(rows.map((r) => [r.id, r.code]));
  const numeric = elements.filter((e) => e.value_type !== 'TEXT');
  return {
    elements: byId(elements),
    options: byId(options),
    units: new Map(units.map((u) => [u.id, { code: u.code, path: u.path }])),
    numeric: { ids: numeric.map((e) => e.id), lastIds: numeric.filter((e) => e.aggregation_type === 'LAST').map((e) => e.id) },
  };
}

// A prefix test both engines run the same way, with no LIKE wildcards to escape.
const startsWith = (text: RawRef, prefix: RawRef) => sql<boolean>`substr(${text}, 1, length(${prefix})) = ${prefix}`;
type RawRef = ReturnType<typeof sql.ref> | ReturnType<typeof sql.val>;

/** The areas under an org unit (its health units are no area of the breakdown) open during `start..end`, in canonical order. */
export async function childUnitsDuring(db: Executor, parentId: number, start: string, end: string) {
  return db
    .selectFrom('org_unit')
    .select(['code', 'name', 'sentence_name', 'sort_order', 'path'])
    .where('parent_id', '=', parentId)
    .where('type', '=', 'AREA')
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
    .select(['id', 'code', 'name', 'path'])
    .where(startsWith(sql.ref('path'), sql.val(path)))
    .execute();
}
