import { DEFAULT_ATTRIBUTE_COMBO_ID } from '@syt/core/metadata/types.ts';
import type { DataValueAuditRow, DataValueAuditTable } from '../../db/schema.ts';
import { bulkInsert } from '../../db/bulk-insert.ts';
import { reusableQuery } from '../../db/reusable-query.ts';
import type { Executor } from '../metadata/upsert.ts';

/** The ids a cell is stored under; a form's cells carry no attribute option combo (DEFAULT_ATTRIBUTE_COMBO_ID). */
export interface CellKey {
  data_element_id: number;
  category_option_combo_id: number;
  org_unit_id: number;
  period: string;
}

const whereCell = <Q extends { where: (...args: any[]) => Q }>(q: Q, k: CellKey) =>
  q
    .where('data_element_id', '=', k.data_element_id)
    .where('category_option_combo_id', '=', k.category_option_combo_id)
    .where('attribute_option_combo_id', '=', DEFAULT_ATTRIBUTE_COMBO_ID)
    .where('org_unit_id', '=', k.org_unit_id)
    .where('period', '=', k.period);

/** A data element with what saving a value needs to know. */
export async function findElement(db: Executor, code: string) {
  return db
    .selectFrom('data_element')
    .select(['id', 'code', 'name', 'value_type', 'category_combo_id'])
    .where('code', '=', code)
    .executeTakeFirst();
}

const elementAndCombo = reusableQuery((db, elementCode: string, comboCode: string) =>
  db
    .selectFrom('data_element as de')
    .innerJoin('category_option_combo as coc', 'coc.category_combo_id', 'de.category_combo_id')
    .select(['de.id', 'de.code', 'de.name', 'de.value_type', 'de.category_combo_id', 'coc.id as coc_id', 'coc.code as coc_code'])
    .where('de.code', '=', elementCode)
    .where('coc.code', '=', comboCode),
);

/** A data element and one of its option combos, by codes, in one query (every save asks); undefined when either is unknown. */
export async function findElementAndCombo(db: Executor, elementCode: string, comboCode: string) {
  return (await elementAndCombo(db, elementCode, comboCode))[0];
}

const AUDIT_COLUMNS = [
  'data_element_id', 'category_option_combo_id', 'attribute_option_combo_id', 'org_unit_id', 'period', 'action',
  'old_value', 'new_value', 'old_comment', 'new_comment', 'changed_by', 'changed_at',
] as const satisfies readonly (keyof DataValueAuditTable)[];

// Built from one argument per column: a prebuilt query takes scalar arguments only.
const auditRow = reusableQuery((db, ...values: unknown[]) =>
  db.insertInto('data_value_audit').values(Object.fromEntries(AUDIT_COLUMNS.map((c, i) => [c, values[i]])) as DataValueAuditRow),
);

/** Appends one audit row (a cell save) through the prebuilt statement. */
export async function insertAuditRow(db: Executor, row: DataValueAuditRow) {
  await auditRow(db, ...AUDIT_COLUMNS.map((c) => row[c]));
}

/** Appends audit rows in multi-row statements. */
export async function insertAudit(db: Executor, rows: DataValueAuditRow[]) {
  await bulkInsert(db, 'data_value_audit', AUDIT_COLUMNS, rows);
}

/** The change history of one cell, newest first. */
export async function readAudit(db: Executor, key: CellKey) {
  return whereCell(
    db.selectFrom('data_value_audit').select(['action', 'old_value', 'new_value', 'old_comment', 'new_comment', 'changed_by', 'changed_at']),
    key,
  )
    .orderBy('changed_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Values of one cell over a list of periods (its recent history). */
export async function readCellSeries(db: Executor, key: Omit<CellKey, 'period'>, periods: string[]) {
  return db
    .selectFrom('data_value')
    .select(['period', 'value'])
    .where('data_element_id', '=', key.data_element_id)
    .where('category_option_combo_id', '=', key.category_option_combo_id)
    .where('attribute_option_combo_id', '=', DEFAULT_ATTRIBUTE_COMBO_ID)
    .where('org_unit_id', '=', key.org_unit_id)
    .where('period', 'in', periods)
    .orderBy('period')
    .execute();
}
