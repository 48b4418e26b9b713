/** The analytics engine's SQL: the org-unit list, and one grouped read of every value a table needs. */
import type { OrgUnit } from '@syt/core/metadata/types.ts';
import { sql } from 'kysely';
import { asNumber } from '../../db/numeric.ts';
import type { Executor } from '../metadata/upsert.ts';

/** An org unit with what the SQL needs beside the domain's fields. */
export interface UnitRow {
  id: number;
  path: string;
  unit: OrgUnit;
}

/** Every org unit ever, with its id, path and successors, in canonical order (level, sort order, code). */
export async function readUnits(db: Executor): Promise<UnitRow[]> {
  const [rows, links] = await Promise.all([
    db
      .selectFrom('org_unit as u')
      .leftJoin('org_unit as p', 'p.id', 'u.parent_id')
      .select([
        'u.id',
        'u.code',
        'u.name',
        'u.level',
        'u.type',
        'u.path',
        'p.code as parent',
        'u.sort_order',
        'u.opening_date',
        'u.closing_date',
      ])
      .orderBy('u.level')
      .orderBy('u.sort_order')
      .orderBy('u.code')
      .execute(),
    db
      .selectFrom('org_unit_successor as l')
      .innerJoin('org_unit as s', 's.id', 'l.successor_id')
      .select(['l.org_unit_id', 's.code'])
      .execute(),
  ]);
  const successors = new Map<number, string[]>();
  for (const l of links) successors.set(l.org_unit_id, [...(successors.get(l.org_unit_id) ?? []), l.code]);
  return rows.map((r) => ({
    id: r.id,
    path: r.path,
    unit: {
      code: r.code,
      name: r.name,
      level: r.level,
      ...(r.type === 'AREA' ? {} : { type: r.type }),
      parent: r.parent,
      sortOrder: r.sort_order,
      openingDate: r.opening_date,
      closingDate: r.closing_date,
      successors: successors.get(r.id) ?? [],
    },
  }));
}

/** What one grouped read covers. */
export interface GroupedQuery {
  /** Each unit read, with the group its values go to (the nearest history root above it): one group per unit. */
  placed: readonly { unitId: number; groupId: number }[];
  /** Province roots of the units read (data values are keyed by province). */
  provinceIds: readonly number[];
  elementIds: readonly number[];
  /** The elements kept per stored unit (LAST). */
  lastElementIds: readonly number[];
  /** Stored periods whose first day lies in `start..end` (ISO dates, both included). */
  start: string;
  end: string;
}

/** One grouped row, by ids. */
export interface GroupedIdRow {
  element_id: number;
  option_id: number;
  group_id: number;
  period: string;
  leaf_id: number | null;
  value: number;
}

/**
 * Every value of the elements at the placed units over the span, summed per element, option combo, group and stored
 * period (and stored unit for LAST elements): the placed units first, as a list the caller computed from the
 * org-unit tree, then each unit's rows through the (province, unit, …) indexes. A unit alone in its group (a pivot
 * by commune) has one stored row per element, option combo and period (the primary key), so its rows are read as
 * stored: grouping them would sort every row for nothing. The other units' rows are grouped in SQL.
 */
export async function groupedRows(db: Executor, q: GroupedQuery): Promise<GroupedIdRow[]> {
  if (q.placed.length === 0 || q.elementIds.length === 0) return [];
  const sizes = new Map<number, number>();
  for (const p of q.placed) sizes.set(p.groupId, (sizes.get(p.groupId) ?? 0) + 1);
  const alone = q.placed.filter((p) => sizes.get(p.groupId) === 1);
  const shared = q.placed.filter((p) => sizes.get(p.groupId)! > 1);
  const parts = await Promise.all([
    alone.length ? readRows(db, q, alone, false) : [],
    shared.length ? readRows(db, q, shared, true) : [],
  ]);
  return parts.flat();
}

/** The rows of the placed units, summed per group when `grouped` (else each unit is its own group). */
async function readRows(
  db: Executor,
  q: GroupedQuery,
  placed: GroupedQuery['placed'],
  grouped: boolean,
): Promise<GroupedIdRow[]> {
  const isLast = q.lastElementIds.length
    ? sql`${sql.ref('v.data_element_id')} in (${sql.join([...q.lastElementIds])})`
    : sql`1 = 0`;
  const leafOfLast = sql<number | null>`case when ${isLast} then ${sql.ref('v.org_unit_id')} end`;
  // Inlined integers (ids from the database, never input): no bound on parameters however many units a nation has,
  // and PostgreSQL types them as integers where it would read an untyped VALUES parameter as text.
  const id = (n: number) => {
    if (!Number.isSafeInteger(n)) throw new Error(`Not an id: ${n}`);
    return sql.lit(n);
  };
  const pairs = sql.join(placed.map((p) => sql`(${id(p.unitId)}, ${id(p.groupId)})`));
  const value = asNumber(db, 'v.value');
  const query = db
    .with('placed(unit_id, group_id)', () => sql<{ unit_id: number; group_id: number }>`(values ${pairs})`)
    .selectFrom('placed as p')
    // CROSS JOIN fixes SQLite's loop order: units outside, each unit's rows by index inside (PostgreSQL plans freely).
    .crossJoin('data_value as v')
    .select((eb) => [
      'v.data_element_id as element_id',
      'v.category_option_combo_id as option_id',
      'p.group_id',
      'v.period',
      leafOfLast.as('leaf_id'),
      (grouped ? eb.fn.sum<number>(value) : value).as('value'),
    ])
    .whereRef('v.org_unit_id', '=', 'p.unit_id')
    .where('v.province_id', 'in', [...q.provinceIds])
    .where('v.period_start', '>=', q.start)
    .where('v.period_start', '<=', q.end)
    .where('v.data_element_id', 'in', [...q.elementIds]);
  const rows = grouped
    ? // By the output name: PostgreSQL would not match the CASE's parameters in GROUP BY to those in the select list.
      await query
        .groupBy(['v.data_element_id', 'v.category_option_combo_id', 'p.group_id', sql.ref('leaf_id'), 'v.period'])
        .execute()
    : await query.execute();
  // In place: a pivot reads tens of thousands of rows, and a copy of each is garbage at once.
  for (const r of rows) if (typeof r.value !== 'number') r.value = Number(r.value);
  return rows;
}

/** Display names of elements, option combos and indicators by code. */
export async function itemNames(
  db: Executor,
  elements: readonly string[],
  options: readonly number[],
  indicators: readonly string[],
) {
  const [e, o, i] = await Promise.all([
    elements.length
      ? db
          .selectFrom('data_element')
          .select(['code', 'name'])
          .where('code', 'in', [...elements])
          .execute()
      : [],
    options.length
      ? db
          .selectFrom('category_option_combo')
          .select(['id', 'code', 'name'])
          .where('id', 'in', [...options])
          .execute()
      : [],
    indicators.length
      ? db
          .selectFrom('indicator')
          .select(['code', 'name'])
          .where('code', 'in', [...indicators])
          .execute()
      : [],
  ]);
  return {
    elements: new Map(e.map((r) => [r.code, r.name])),
    options: new Map(o.map((r) => [r.id, r])),
    indicators: new Map(i.map((r) => [r.code, r.name])),
  };
}
