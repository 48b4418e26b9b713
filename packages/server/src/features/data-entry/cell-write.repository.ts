import type { DataValueTable } from '../../db/schema.ts';
import { isPostgres } from '../../db/dialect.ts';
import type { Executor } from '../metadata/upsert.ts';
import type { CellKey } from './data-entry.repository.ts';

const whereCell = <Q extends { where: (...args: any[]) => Q }>(q: Q, k: CellKey) =>
  q
    .where('data_element_id', '=', k.data_element_id)
    .where('category_option_combo_id', '=', k.category_option_combo_id)
    .where('org_unit_id', '=', k.org_unit_id)
    .where('period', '=', k.period);

/**
 * The stored value of a cell, locked until the transaction ends so that the value an audit row records
 * as "old" is still the value when the write happens. PostgreSQL locks the row (FOR UPDATE); SQLite's
 * write transaction already holds the database's write lock.
 */
export async function lockValue(db: Executor, key: CellKey) {
  const q = whereCell(db.selectFrom('data_value').select(['value', 'comment', 'stored_by', 'updated_at']), key);
  return (isPostgres(db) ? q.forUpdate() : q).executeTakeFirst();
}

/**
 * Inserts a cell's first value unless another transaction inserted it first (then nothing is written and
 * false is returned: the caller re-reads the winner's row under lock and decides again).
 */
export async function insertValueIfAbsent(db: Executor, row: Omit<DataValueTable, 'province_id'>, provinceCode: string) {
  const inserted = await db
    .insertInto('data_value')
    .values({
      ...row,
      province_id: (eb) => eb.selectFrom('org_unit').select('id').where('code', '=', provinceCode),
    })
    .onConflict((oc) => oc.columns(['data_element_id', 'category_option_combo_id', 'org_unit_id', 'period']).doNothing())
    .returning('period')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function updateValue(db: Executor, key: CellKey, changes: Pick<DataValueTable, 'value' | 'comment' | 'stored_by' | 'updated_at'>) {
  await whereCell(db.updateTable('data_value').set(changes), key).execute();
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
