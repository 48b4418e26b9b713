import type { DataValueTable } from '../../db/schema.ts';
import { isPostgres } from '../../db/dialect.ts';
import { reusableQuery } from '../../db/reusable-query.ts';
import type { Executor } from '../metadata/upsert.ts';
import type { CellKey } from './data-entry.repository.ts';

const whereCell = <Q extends { where: (...args: any[]) => Q }>(q: Q, k: CellKey) =>
  q
    .where('data_element_id', '=', k.data_element_id)
    .where('category_option_combo_id', '=', k.category_option_combo_id)
    .where('org_unit_id', '=', k.org_unit_id)
    .where('period', '=', k.period);

const cellArgs = (k: CellKey) => [k.data_element_id, k.category_option_combo_id, k.org_unit_id, k.period] as const;

const lockedValue = reusableQuery((db, elementId: number, comboId: number, orgUnitId: number, period: string) => {
  const q = whereCell(db.selectFrom('data_value').select(['value', 'comment', 'stored_by', 'updated_at']), {
    data_element_id: elementId,
    category_option_combo_id: comboId,
    org_unit_id: orgUnitId,
    period,
  });
  return isPostgres(db) ? q.forUpdate() : q;
});

/**
 * The stored value of a cell, locked until the transaction ends so that the value an audit row records
 * as "old" is still the value when the write happens. PostgreSQL locks the row (FOR UPDATE); SQLite's
 * write transaction already holds the database's write lock.
 */
export async function lockValue(db: Executor, key: CellKey) {
  return (await lockedValue(db, ...cellArgs(key)))[0];
}

type NewValue = Omit<DataValueTable, 'province_id'>;
const NEW_VALUE_COLUMNS = [
  'data_element_id', 'category_option_combo_id', 'org_unit_id', 'period', 'period_start', 'period_end',
  'value', 'comment', 'stored_by', 'created_at', 'updated_at', 'import_id',
] as const satisfies readonly (keyof NewValue)[];

// Built from one argument per column: a prebuilt query takes scalar arguments only.
const insertIfAbsent = reusableQuery((db, provinceCode: string, ...values: unknown[]) =>
  db
    .insertInto('data_value')
    .values({
      ...(Object.fromEntries(NEW_VALUE_COLUMNS.map((c, i) => [c, values[i]])) as NewValue),
      province_id: (eb) => eb.selectFrom('org_unit').select('id').where('code', '=', provinceCode),
    })
    .onConflict((oc) => oc.columns(['data_element_id', 'category_option_combo_id', 'org_unit_id', 'period']).doNothing())
    .returning('period'),
);

/**
 * Inserts a cell's first value unless another transaction inserted it first (then nothing is written and
 * false is returned: the caller re-reads the winner's row under lock and decides again).
 */
export async function insertValueIfAbsent(db: Executor, row: NewValue, provinceCode: string) {
  return (await insertIfAbsent(db, provinceCode, ...NEW_VALUE_COLUMNS.map((c) => row[c]))).length > 0;
}

type Changes = Pick<DataValueTable, 'value' | 'comment' | 'stored_by' | 'updated_at'>;
const update = reusableQuery(
  (db, value: string, comment: string | null, storedBy: string | null, updatedAt: string, ...cell: [number, number, number, string]) =>
    whereCell(db.updateTable('data_value').set({ value, comment, stored_by: storedBy, updated_at: updatedAt }), {
      data_element_id: cell[0],
      category_option_combo_id: cell[1],
      org_unit_id: cell[2],
      period: cell[3],
    }),
);

export async function updateValue(db: Executor, key: CellKey, changes: Changes) {
  await update(db, changes.value, changes.comment, changes.stored_by, changes.updated_at, ...cellArgs(key));
}

export async function deleteValue(db: Executor, key: CellKey) {
  await whereCell(db.deleteFrom('data_value'), key).execute();
}

/** Who last changed a cell and when (its newest audit row). */
export async function lastChange(db: Executor, key: CellKey) {
  return whereCell(db.selectFrom('data_value_audit').select(['changed_by', 'changed_at']), key).orderBy('id', 'desc').executeTakeFirst();
}

/** The display name of a user, by username. */
export async function displayNameOf(db: Executor, username: string) {
  const row = await db.selectFrom('app_user').select('display_name').where('username', '=', username).executeTakeFirst();
  return row?.display_name ?? null;
}
