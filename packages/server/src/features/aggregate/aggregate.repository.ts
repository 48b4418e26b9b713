import type { PeriodValue, UnitPeriodValue } from '@syt/core/aggregate/index.ts';
import type { PeriodType } from '@syt/core/period/index.ts';
import { sql, type ExpressionBuilder } from 'kysely';
import { asNumber } from '../../db/numeric.ts';
import type { DataSetReportTable, DB } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

/** A form's workflow row status. */
export type WorkflowRowStatus = DataSetReportTable['status'];

/** Stored values of one element (or one of its option combos) over an org-unit subtree and a span of dates. */
export interface SeriesQuery {
  /**
   * The subtrees read, each a path (`/62/615/`: the root and every unit below it) with its province root, which keeps
   * the query inside that province's rows (and partition). Several for a unit's history over mergers; disjoint.
   */
  subtrees: readonly { provinceId: number; path: string }[];
  elementId: number;
  /**
   * The option combos to read: one, or all of the element's. Always listed, so the primary key (element, option
   * combo, …) can lead the search even where the engine has no statistics to prefer it over the province index.
   */
  optionComboIds: number[];
  /** Stored periods whose first day lies in `start..end` (ISO dates, both included). */
  start: string;
  end: string;
  /**
   * Keep only values whose form is in one of these workflow statuses (`SUBMITTED`, `APPROVED`): a value of a form
   * not yet sent is not what its unit reported. A value no form of its unit holds is kept. Absent: every value.
   */
  countedStatuses?: readonly WorkflowRowStatus[] | undefined;
}

// `_` and `%` in a code must not act as wildcards in the prefix match.
const likePrefix = (path: string) => `${path.replace(/[!%_]/g, '!$&')}%`;

function seriesRows(db: Executor, q: SeriesQuery) {
  const rows = db
    .selectFrom('data_value as v')
    .innerJoin('org_unit as ou', 'ou.id', 'v.org_unit_id')
    .where((eb) =>
      eb.or(
        q.subtrees.map((t) =>
          eb.and([eb('v.province_id', '=', t.provinceId), sql<boolean>`${sql.ref('ou.path')} like ${likePrefix(t.path)} escape '!'`]),
        ),
      ),
    )
    .where('v.data_element_id', '=', q.elementId)
    .where('v.category_option_combo_id', 'in', q.optionComboIds)
    .where('v.period_start', '>=', q.start)
    .where('v.period_start', '<=', q.end);
  const statuses = q.countedStatuses;
  if (!statuses) return rows;
  // The forms of the value's own unit that hold its element; with none, no form governs the value.
  const formsOfValue = (eb: ExpressionBuilder<DB & { v: DB['data_value'] }, 'v'>) =>
    eb
      .selectFrom('data_set_section_element as l')
      .innerJoin('data_set_section as s', 's.id', 'l.section_id')
      .innerJoin('data_set_org_unit as a', (j) => j.onRef('a.data_set_id', '=', 's.data_set_id').onRef('a.org_unit_id', '=', 'v.org_unit_id'))
      .whereRef('l.data_element_id', '=', 'v.data_element_id');
  return rows.where((eb) =>
    eb.or([
      eb.not(eb.exists(formsOfValue(eb).select('l.section_id'))),
      eb.exists(
        formsOfValue(eb)
          .innerJoin('data_set_report as r', (j) =>
            j.onRef('r.data_set_id', '=', 's.data_set_id').onRef('r.org_unit_id', '=', 'v.org_unit_id').onRef('r.period', '=', 'v.period'),
          )
          .select('r.status')
          .where((w) => (statuses.length > 0 ? w('r.status', 'in', [...statuses]) : w.lit(false))),
      ),
    ]),
  );
}

/** The series summed in SQL over the subtree's units (and option combos), one row per stored period. */
export async function sumPerPeriod(db: Executor, q: SeriesQuery): Promise<PeriodValue[]> {
  const rows = await seriesRows(db, q)
    .select((eb) => ['v.period', eb.fn.sum<number>(asNumber(db, 'v.value')).as('value')])
    .groupBy('v.period')
    .orderBy('v.period')
    .execute();
  return rows.map((r) => ({ period: r.period, value: Number(r.value) }));
}

/** The series summed in SQL over option combos only, one row per org unit and stored period (for LAST). */
export async function sumPerUnitAndPeriod(db: Executor, q: SeriesQuery): Promise<UnitPeriodValue[]> {
  const rows = await seriesRows(db, q)
    .select((eb) => ['ou.code', 'v.period', eb.fn.sum<number>(asNumber(db, 'v.value')).as('value')])
    .groupBy(['ou.code', 'v.period'])
    .orderBy('ou.code')
    .orderBy('v.period')
    .execute();
  return rows.map((r) => ({ orgUnit: r.code, period: r.period, value: Number(r.value) }));
}

/** Data elements by code, with what aggregating them needs. */
export async function findElements(db: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('data_element')
    .select(['id', 'code', 'value_type', 'aggregation_type', 'category_combo_id'])
    .where('code', 'in', codes)
    .execute();
}

/** The period types of the data sets holding each of some elements, by element id (none: held by no data set). */
export async function findSourcePeriodTypes(db: Executor, elementIds: number[]): Promise<Map<number, PeriodType[]>> {
  const out = new Map<number, PeriodType[]>();
  if (elementIds.length === 0) return out;
  const rows = await db
    .selectFrom('data_set_section_element as l')
    .innerJoin('data_set_section as s', 's.id', 'l.section_id')
    .innerJoin('data_set as ds', 'ds.id', 's.data_set_id')
    .select(['l.data_element_id', 'ds.period_type'])
    .distinct()
    .where('l.data_element_id', 'in', elementIds)
    .execute();
  for (const r of rows) out.set(r.data_element_id, [...(out.get(r.data_element_id) ?? []), r.period_type as PeriodType]);
  return out;
}

/** The option combos of some category combos. */
export async function findOptionCombos(db: Executor, comboIds: number[]) {
  if (comboIds.length === 0) return [];
  return db
    .selectFrom('category_option_combo')
    .select(['id', 'code', 'category_combo_id'])
    .where('category_combo_id', 'in', comboIds)
    .execute();
}

/** One indicator by code. */
export async function findIndicator(db: Executor, code: string) {
  return db.selectFrom('indicator').select(['code', 'expression', 'decimals']).where('code', '=', code).executeTakeFirst();
}
