import { DEFAULT_ATTRIBUTE_COMBO_ID } from '@syt/core/metadata/types.ts';
import { reusableQuery } from '../../db/reusable-query.ts';
import type { Executor } from '../metadata/upsert.ts';

/**
 * Everything a cell save decides on, in one query: the element and its option combo, the org unit, the value the
 * cell holds now, and each form assigned to the unit that contains the element, with its workflow status for the
 * period (one row per form; one row with empty form columns when there is none), and the cell's min–max bounds
 * for the period's month (`month` 0 for a period that is not a month: only bounds for every month apply). No row:
 * a code is unknown.
 */
const snapshotRows = reusableQuery((db, elementCode: string, comboCode: string, orgUnitCode: string, period: string, month: number) =>
  db
    .selectFrom('data_element as de')
    .innerJoin('category_option_combo as coc', (j) => j.onRef('coc.category_combo_id', '=', 'de.category_combo_id').on('coc.code', '=', comboCode))
    .innerJoin('org_unit as ou', (j) => j.on('ou.code', '=', orgUnitCode))
    .leftJoin('data_value as dv', (j) =>
      j
        .onRef('dv.data_element_id', '=', 'de.id')
        .onRef('dv.category_option_combo_id', '=', 'coc.id')
        .on('dv.attribute_option_combo_id', '=', DEFAULT_ATTRIBUTE_COMBO_ID)
        .onRef('dv.org_unit_id', '=', 'ou.id')
        .on('dv.period', '=', period),
    )
    // A series has either one pair for every month (0) or pairs by month of the year: at most one matches.
    .leftJoin('data_value_bound as b', (j) =>
      j
        .onRef('b.data_element_id', '=', 'de.id')
        .onRef('b.category_option_combo_id', '=', 'coc.id')
        .onRef('b.org_unit_id', '=', 'ou.id')
        .on('b.month', 'in', [0, month]),
    )
    .leftJoin('data_set_org_unit as a', (j) =>
      j.onRef('a.org_unit_id', '=', 'ou.id').on((eb) =>
        eb.exists(
          eb
            .selectFrom('data_set_section_element as l')
            .innerJoin('data_set_section as s', 's.id', 'l.section_id')
            .select('l.section_id')
            .whereRef('s.data_set_id', '=', 'a.data_set_id')
            .whereRef('l.data_element_id', '=', 'de.id'),
        ),
      ),
    )
    .leftJoin('data_set as f', 'f.id', 'a.data_set_id')
    .leftJoin('data_set_report as r', (j) => j.onRef('r.data_set_id', '=', 'f.id').onRef('r.org_unit_id', '=', 'ou.id').on('r.period', '=', period))
    .select([
      'de.id as element_id', 'de.code as element_code', 'de.value_type',
      'coc.id as coc_id', 'coc.code as coc_code',
      'ou.id as unit_id', 'ou.name as unit_name', 'ou.path as unit_path', 'ou.opening_date', 'ou.closing_date',
      'dv.value', 'dv.comment', 'dv.stored_by', 'dv.updated_at', 'dv.follow_up', 'b.min_value', 'b.max_value',
      'f.id as form_id', 'f.name as form_name', 'f.period_type', 'f.due_day', 'f.open_days_after_period', 'r.status',
    ])
    .where('de.code', '=', elementCode)
    .orderBy('f.id'),
);

/** What one cell is and holds; undefined when its element, option combo or org unit code is unknown. */
export async function readCellSnapshot(db: Executor, elementCode: string, comboCode: string, orgUnitCode: string, period: string, month: number) {
  const rows = await snapshotRows(db, elementCode, comboCode, orgUnitCode, period, month);
  const first = rows[0];
  if (!first) return undefined;
  return {
    element: { id: first.element_id, code: first.element_code, value_type: first.value_type },
    coc: { id: first.coc_id, code: first.coc_code },
    unit: { id: first.unit_id, name: first.unit_name, path: first.unit_path, opening_date: first.opening_date, closing_date: first.closing_date },
    bounds: first.min_value === null || first.max_value === null ? undefined : { min: first.min_value, max: first.max_value },
    stored:
      first.value === null
        ? undefined
        : { value: first.value, comment: first.comment, stored_by: first.stored_by, updated_at: first.updated_at!, follow_up: first.follow_up! },
    forms: rows.flatMap((r) =>
      r.form_id === null
        ? []
        : [{ name: r.form_name!, period_type: r.period_type!, due_day: r.due_day!, open_days_after_period: r.open_days_after_period!, status: r.status }],
    ),
  };
}

export type CellSnapshot = NonNullable<Awaited<ReturnType<typeof readCellSnapshot>>>;
