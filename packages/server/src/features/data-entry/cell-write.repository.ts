import { DEFAULT_ATTRIBUTE_COMBO_ID } from '@syt/core/metadata/types.ts';
import type { Compilable, SelectQueryBuilder } from 'kysely';
import type { DataValueTable, DB } from '../../db/schema.ts';
import { isPostgres } from '../../db/dialect.ts';
import { reusableCommand, reusableQuery } from '../../db/reusable-query.ts';
import type { Executor } from '../metadata/upsert.ts';
import { insertAuditRow, type CellKey } from './data-entry.repository.ts';

const whereCell = <Q extends { where: (...args: any[]) => Q }>(q: Q, k: CellKey) =>
  q
    .where('data_element_id', '=', k.data_element_id)
    .where('category_option_combo_id', '=', k.category_option_combo_id)
    .where('attribute_option_combo_id', '=', DEFAULT_ATTRIBUTE_COMBO_ID)
    .where('org_unit_id', '=', k.org_unit_id)
    .where('period', '=', k.period);

const cellArgs = (k: CellKey) => [k.data_element_id, k.category_option_combo_id, k.org_unit_id, k.period] as const;

const lockedValue = reusableQuery((db, elementId: number, comboId: number, orgUnitId: number, period: string) => {
  const q = whereCell(db.selectFrom('data_value').select(['value', 'comment', 'stored_by', 'updated_at', 'follow_up']), {
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

/** What a cell holds: its value and comment. */
export interface CellContent {
  value: string;
  comment: string | null;
}

/** What a save writes: the content, and whether the value is marked for follow-up (saved outside its bounds). */
export interface NextContent extends CellContent {
  followUp: boolean;
}

/** One save's change to a cell: made only while the cell still holds `old`. */
export interface CellChange {
  key: CellKey;
  /** What the save was decided on (undefined: an empty cell). */
  old: CellContent | undefined;
  /** What the cell will hold (undefined: the value and its comment are deleted). */
  next: NextContent | undefined;
  by: string;
  at: string;
  /** For a first value: the period's dates and the code of the province the org unit lies in. */
  periodStart: string;
  periodEnd: string;
  provinceCode: string;
}

type AuditArgs = [action: string, oldValue: string | null, newValue: string | null, oldComment: string | null, newComment: string | null, by: string, at: string];

const KEY_COLUMNS = ['data_element_id', 'category_option_combo_id', 'attribute_option_combo_id', 'org_unit_id', 'period'] as const;

type Write = Compilable<unknown> & { returning(columns: typeof KEY_COLUMNS): unknown };

/**
 * On PostgreSQL the write and its audit row are one statement (a data-modifying CTE), atomic without a transaction
 * and one round trip; the audit row exists exactly when the write matched. SQLite writes the audit row next, in
 * the write transaction the caller holds.
 */
function withAudit(db: Executor, write: Write, audit: AuditArgs): Compilable<unknown> {
  if (!isPostgres(db)) return write;
  const [action, oldValue, newValue, oldComment, newComment, by, at] = audit;
  const written = write.returning(KEY_COLUMNS) as SelectQueryBuilder<DB, 'data_value', Pick<DataValueTable, keyof CellKey | 'attribute_option_combo_id'>>;
  return db
    .with('w', () => written)
    .insertInto('data_value_audit')
    .columns(['data_element_id', 'category_option_combo_id', 'attribute_option_combo_id', 'org_unit_id', 'period', 'action', 'old_value', 'new_value', 'old_comment', 'new_comment', 'changed_by', 'changed_at'])
    .expression((eb) =>
      eb
        .selectFrom('w')
        .select(['w.data_element_id', 'w.category_option_combo_id', 'w.attribute_option_combo_id', 'w.org_unit_id', 'w.period'])
        .select([
          eb.val(action).as('action'), eb.val(oldValue).as('old_value'), eb.val(newValue).as('new_value'),
          eb.val(oldComment).as('old_comment'), eb.val(newComment).as('new_comment'), eb.val(by).as('changed_by'), eb.val(at).as('changed_at'),
        ]),
    );
}

/**
 * Limits a write to a cell that still holds what the save read. PostgreSQL checks it under the row lock the write
 * takes. SQLite read the cell inside its write transaction, so nothing can have changed; there the condition
 * would only slow the write (a WHERE on an indexed column it sets costs SQLite three times the plain update).
 */
function stillHolding<Q extends { where: (...args: any[]) => Q }>(db: Executor, write: Q, value: string, comment: string | null): Q {
  return isPostgres(db) ? write.where('value', '=', value).where('comment', 'is not distinct from', comment) : write;
}

// Built from one scalar argument each: a prebuilt query takes scalar arguments only.
const insertIfAbsent = reusableCommand(
  (db, elementId: number, comboId: number, orgUnitId: number, period: string, periodStart: string, periodEnd: string, provinceCode: string,
    value: string, comment: string | null, followUp: number, by: string, at: string, ...audit: AuditArgs) =>
    withAudit(
      db,
      db
        .insertInto('data_value')
        .values({
          data_element_id: elementId, category_option_combo_id: comboId, attribute_option_combo_id: DEFAULT_ATTRIBUTE_COMBO_ID,
          org_unit_id: orgUnitId, period, period_start: periodStart, period_end: periodEnd,
          province_id: (eb) => eb.selectFrom('org_unit').select('id').where('code', '=', provinceCode),
          value, comment, follow_up: followUp, stored_by: by, created_at: at, updated_at: at, import_id: null,
        })
        .onConflict((oc) => oc.columns([...KEY_COLUMNS]).doNothing()),
      audit,
    ),
);

const updateIfUnchanged = reusableCommand(
  (db, elementId: number, comboId: number, orgUnitId: number, period: string, oldValue: string, oldComment: string | null,
    value: string, comment: string | null, followUp: number, by: string, at: string, ...audit: AuditArgs) =>
    withAudit(
      db,
      stillHolding(
        db,
        whereCell(db.updateTable('data_value').set({ value, comment, follow_up: followUp, stored_by: by, updated_at: at }), {
          data_element_id: elementId, category_option_combo_id: comboId, org_unit_id: orgUnitId, period,
        }),
        oldValue,
        oldComment,
      ),
      audit,
    ),
);

const deleteIfUnchanged = reusableCommand(
  (db, elementId: number, comboId: number, orgUnitId: number, period: string, oldValue: string, oldComment: string | null, ...audit: AuditArgs) =>
    withAudit(
      db,
      stillHolding(
        db,
        whereCell(db.deleteFrom('data_value'), { data_element_id: elementId, category_option_combo_id: comboId, org_unit_id: orgUnitId, period }),
        oldValue,
        oldComment,
      ),
      audit,
    ),
);

/**
 * Makes a save's change, with its audit row, if the cell still holds what the save was decided on (compare and
 * set: the condition is checked under the row's write lock, so the audit row's old value is the value replaced).
 * False when another save changed the cell first: nothing was written, and the caller decides again.
 */
export async function writeIfUnchanged(db: Executor, change: CellChange): Promise<boolean> {
  const { key, old, next, by, at } = change;
  const action = !old ? 'CREATE' : next ? 'UPDATE' : 'DELETE';
  const audit: AuditArgs = [action, old?.value ?? null, next?.value ?? null, old?.comment ?? null, next?.comment ?? null, by, at];
  const cell = cellArgs(key);
  const changed = !old
    ? await insertIfAbsent(db, ...cell, change.periodStart, change.periodEnd, change.provinceCode, next!.value, next!.comment, Number(next!.followUp), by, at, ...audit)
    : next
      ? await updateIfUnchanged(db, ...cell, old.value, old.comment, next.value, next.comment, Number(next.followUp), by, at, ...audit)
      : await deleteIfUnchanged(db, ...cell, old.value, old.comment, ...audit);
  if (changed === 0) return false;
  if (!isPostgres(db)) {
    const [, old_value, new_value, old_comment, new_comment, changed_by, changed_at] = audit;
    await insertAuditRow(db, { ...key, attribute_option_combo_id: DEFAULT_ATTRIBUTE_COMBO_ID, action, old_value, new_value, old_comment, new_comment, changed_by, changed_at });
  }
  return true;
}

/** Who last changed a cell and when (its newest audit row). */
export async function lastChange(db: Executor, key: CellKey) {
  return whereCell(db.selectFrom('data_value_audit').select(['changed_by', 'changed_at']), key).orderBy('id', 'desc').executeTakeFirst();
}
