import type { CellCurrent } from '@syt/core/api/contract.ts';
import { checkValue } from '@syt/core/datavalue/value-type.ts';
import type { ValueType } from '@syt/core/metadata/types.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { writeTransaction } from '../../db/write-transaction.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { requireWritable, resolveCell, type CellInput } from './cell.service.ts';
import { deleteValue, displayNameOf, insertValueIfAbsent, lastChange, lockValue, updateValue } from './cell-write.repository.ts';
import { dataEntryMessages } from './data-entry.messages.ts';
import { insertAuditRow } from './data-entry.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

export interface SaveInput extends CellInput {
  /** Empty deletes the value (and its comment). */
  value: string;
  comment?: string | undefined;
  /** The value the client last saw ('' or null: an empty cell); when given and stale, nothing is written (409). */
  expected?: string | null | undefined;
}

/** 409 for a save made on a stale view; carries what the cell holds now. */
export class ValueChangedError extends AppError {
  constructor(readonly current: CellCurrent) {
    const message = dataEntryMessages.valueChanged(current.savedByName ?? current.savedBy, current.value, current.savedAt);
    super(409, 'VALUE_CHANGED', message, [], { extra: { current } });
  }
}

type Cell = Awaited<ReturnType<typeof resolveCell>>;
type Stored = Awaited<ReturnType<typeof lockValue>>;
const RACED = Symbol('raced');

/**
 * Stores, changes or deletes one value, with its audit row, in one write transaction. The old value is read
 * under lock, so the audit row's old value is the one this write replaced; a first insert that loses a race
 * re-reads the winner's row and decides again (never a duplicate-key error).
 */
export async function saveDataValue(ctx: Ctx, actor: Actor, input: SaveInput) {
  return writeTransaction(ctx.db, async (trx) => {
    const cell = await resolveCell(trx, actor, 'enter', input);
    await requireWritable(trx, cell, ctx.clock.now(), actor.canEditExpired);
    // Each retry follows a commit by someone else; a handful always suffices.
    for (let attempt = 0; attempt < 5; attempt++) {
      const outcome = await writeCell(trx, actor, cell, input, await lockValue(trx, cell.key), ctx.clock.now().toISOString());
      if (outcome !== RACED) return outcome;
    }
    throw new Error('cell save kept losing insert races');
  });
}

async function writeCell(trx: Executor, actor: Actor, cell: Cell, input: SaveInput, old: Stored, now: string) {
  // An omitted comment keeps the stored one; an empty one clears it.
  const comment = input.comment === undefined ? (old?.comment ?? null) : input.comment.trim() ? input.comment.trim().normalize('NFC') : null;
  const deleting = input.value.trim() === '';
  const checked = deleting ? null : checkValue(cell.element.value_type as ValueType, input.value);
  if (checked && !checked.ok) throw new AppError(400, 'INVALID_VALUE', checked.message, [{ field: 'value', message: checked.message }]);
  const value = checked?.value ?? null;
  // Already as asked (two people typed the same figure): nothing to write, nothing to refuse.
  if ((old?.value ?? null) === value && (value === null || old?.comment === comment)) return { dataValue: present(input, cell.coc.code, value, comment) };
  if (input.expected !== undefined && (input.expected || null) !== (old?.value ?? null)) throw await valueChanged(trx, cell, old);
  const audit = { ...cell.key, changed_by: actor.username, changed_at: now, old_value: old?.value ?? null, old_comment: old?.comment ?? null };
  if (value === null) {
    await deleteValue(trx, cell.key);
    await insertAuditRow(trx, { ...audit, action: 'DELETE', new_value: null, new_comment: null });
    return { dataValue: null };
  }
  if (old) {
    await updateValue(trx, cell.key, { value, comment, stored_by: actor.username, updated_at: now });
  } else {
    const row = { ...cell.key, period_start: cell.period.startDate, period_end: cell.period.endDate, value, comment };
    const stamps = { stored_by: actor.username, created_at: now, updated_at: now, import_id: null };
    if (!(await insertValueIfAbsent(trx, { ...row, ...stamps }, cell.unit.path.split('/')[1]!))) return RACED;
  }
  await insertAuditRow(trx, { ...audit, action: old ? 'UPDATE' : 'CREATE', new_value: value, new_comment: comment });
  return { dataValue: present(input, cell.coc.code, value, comment) };
}

/** The conflict answer: the stored value and who saved it, or who emptied the cell. */
async function valueChanged(db: Executor, cell: Cell, old: Stored): Promise<ValueChangedError> {
  const last = old ? { changed_by: old.stored_by, changed_at: old.updated_at } : await lastChange(db, cell.key);
  const savedBy = last?.changed_by ?? null;
  const savedByName = savedBy ? await displayNameOf(db, savedBy) : null;
  return new ValueChangedError({ value: old?.value ?? null, savedBy, savedByName, savedAt: last?.changed_at ?? null });
}

function present(input: CellInput, coc: string, value: string | null, comment: string | null) {
  if (value === null) return null;
  return { dataElement: input.dataElement, categoryOptionCombo: coc, orgUnit: input.orgUnit, period: input.period, value, ...(comment ? { comment } : {}) };
}
