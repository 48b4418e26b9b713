import type { FigureRow } from '@syt/core/report/figures.ts';
import { sql } from 'kysely';
import type { Executor } from '../metadata/upsert.ts';
import type { FigureRowsQuery, PlacedFigureRows } from './report-figures.repository.ts';

/** What the province query needs to name rows by code. */
export interface FigureCodes {
  elements: ReadonlyMap<number, string>;
  options: ReadonlyMap<number, string>;
  units: ReadonlyMap<number, { code: string; path: string }>;
  numeric: { ids: number[]; lastIds: number[] };
}

/**
 * A whole province's figure rows without reading its zeros one by one (they are most of its rows): SUM elements'
 * non-zero values through the non-zero index, one zero row at the province per element, option and period that has
 * any stored zero (so "reported 0" still differs from "nothing reported"), and LAST elements' values in full — a
 * unit's latest value may be a zero that must win over an older figure.
 */
export async function provinceFigureRows(
  db: Executor,
  q: FigureRowsQuery,
  codes: FigureCodes,
): Promise<PlacedFigureRows> {
  const last = new Set(codes.numeric.lastIds);
  const sumIds = codes.numeric.ids.filter((id) => !last.has(id));
  const inWindow = db
    .selectFrom('data_value as v')
    .where('v.province_id', '=', q.provinceId)
    .where('v.period_start', '>=', q.start)
    .where('v.period_start', '<=', q.end);
  const [nonZero, zeros, lasts] = await Promise.all([
    sumIds.length === 0
      ? []
      : inWindow
          .select(['v.data_element_id', 'v.category_option_combo_id', 'v.org_unit_id', 'v.period', 'v.value'])
          .where('v.value', '<>', '0')
          .where('v.data_element_id', 'in', sumIds)
          .execute(),
    sumIds.length === 0
      ? []
      : inWindow
          .select(['v.data_element_id', 'v.category_option_combo_id', 'v.period'])
          .where('v.value', '=', '0')
          .where('v.data_element_id', 'in', sumIds)
          .groupBy(['v.data_element_id', 'v.category_option_combo_id', 'v.period_start', 'v.period'])
          .execute(),
    codes.numeric.lastIds.length === 0 ? [] : lastRows(db, q, codes.numeric.lastIds),
  ]);
  const childOf = new Map<string, string | null>([[q.unit.code, null]]);
  const rows: FigureRow[] = [];
  const push = (elementId: number, optionId: number, unitId: number | null, period: string, raw: string) => {
    const value = Number(raw);
    if (!Number.isFinite(value)) return;
    const unit = unitId === null ? undefined : codes.units.get(unitId);
    if (unitId !== null && !unit) return;
    const orgUnit = unit?.code ?? q.unit.code;
    if (unit && !childOf.has(orgUnit)) childOf.set(orgUnit, childCode(unit.path, q.unit.path, codes));
    rows.push({
      element: codes.elements.get(elementId)!,
      option: codes.options.get(optionId)!,
      orgUnit,
      period,
      value,
    });
  };
  for (const r of [...nonZero, ...lasts])
    push(r.data_element_id, r.category_option_combo_id, r.org_unit_id, r.period, r.value);
  for (const r of zeros) push(r.data_element_id, r.category_option_combo_id, null, r.period, '0');
  return { rows, childOf };
}

/**
 * Every value of the LAST elements (a few registers) through the primary key, which leads with the element. The
 * province and date tests are written as expressions so SQLite does not pick the province index instead and read
 * every row of the province.
 */
function lastRows(db: Executor, q: FigureRowsQuery, lastIds: number[]) {
  return db
    .selectFrom('data_value as v')
    .select(['v.data_element_id', 'v.category_option_combo_id', 'v.org_unit_id', 'v.period', 'v.value'])
    .where('v.data_element_id', 'in', lastIds)
    .where(sql<boolean>`${sql.ref('v.province_id')} + 0 = ${q.provinceId}`)
    .where(sql<boolean>`${sql.ref('v.period_start')} || '' between ${q.start} and ${q.end}`)
    .execute();
}

const codeByPath = new WeakMap<FigureCodes, Map<string, string>>();

/** The code of the report unit's child that a path lies under (`/62/615/61501/` under `/62/` → `615`); null for the unit. */
function childCode(path: string, rootPath: string, codes: FigureCodes): string | null {
  const rest = path.slice(rootPath.length);
  if (rest === '') return null;
  let byPath = codeByPath.get(codes);
  if (!byPath) codeByPath.set(codes, (byPath = new Map([...codes.units.values()].map((u) => [u.path, u.code]))));
  return byPath.get(`${rootPath}${rest.slice(0, rest.indexOf('/') + 1)}`) ?? null;
}
