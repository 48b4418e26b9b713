import type { CellCurrent, CellOutlier } from '@syt/core/api/contract.ts';
import { checkValue } from '@syt/core/datavalue/value-type.ts';
import type { ValueType } from '@syt/core/metadata/types.ts';
import { parsePeriod, type Period } from '@syt/core/period/index.ts';
import { JUDGED_VALUE_TYPES, judgeValue } from '@syt/core/quality/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { isPostgres } from '../../db/dialect.ts';
import { writeTransaction } from '../../db/write-transaction.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireUnitAccess } from '../access/access.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { readCellSnapshot } from './cell-snapshot.repository.ts';
import { requireWritable, resolveCell, type CellInput } from './cell.service.ts';
import { displayNames } from '../users/display-names.repository.ts';
import { lastChange, lockValue, writeIfUnchanged } from './cell-write.repository.ts';
import { dataEntryMessages } from './data-entry.messages.ts';
import type { CellKey } from './data-entry.repository.ts';

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

type Cell = Awaited<ReturnType<typeof readCell>>;
type Stored = Cell['stored'];
const RACED = Symbol('raced');
/** Saves first try without locks; one that keeps losing to others on the same cell then waits its turn. */
const OPTIMISTIC_ATTEMPTS = 3;
const ATTEMPTS = OPTIMISTIC_ATTEMPTS + 3;

/**
 * Stores, changes or deletes one value, with its audit row. The save is decided on what the cell holds, then
 * written only if the cell still holds it (compare and set), so the audit row's old value is always the value
 * this write replaced and two first inserts never collide. A save that lost that race decides again; after a
 * few losses it locks the cell's row first (on PostgreSQL; SQLite's write transaction already holds the lock).
 */
export async function saveDataValue(ctx: Ctx, actor: Actor, input: SaveInput) {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const locked = attempt >= OPTIMISTIC_ATTEMPTS;
    const outcome = await cellWriteScope(ctx.db, locked, async (db) => {
      const cell = await readCell(db, actor, input);
      if (locked) cell.stored = await lockValue(db, cell.key);
      requireWritable(cell, ctx.clock.now(), actor.canEditExpired);
      return saveOnce(db, actor, cell, input, ctx.clock.now().toISOString());
    });
    if (outcome !== RACED) return outcome;
  }
  throw new Error('cell save kept losing races');
}

/**
 * SQLite runs a save in a write transaction (its reads then see no other writer). PostgreSQL needs none for the
 * unlocked attempt, whose only write is one statement, and saves the round trips of BEGIN and COMMIT.
 */
function cellWriteScope<T>(db: Database, locked: boolean, work: (db: Executor) => Promise<T>): Promise<T> {
  return isPostgres(db) && !locked ? work(db) : writeTransaction(db, work);
}

/** The cell a save names, as stored now; 400 for an unknown code or a malformed period, 403 outside scope. */
async function readCell(db: Executor, actor: Actor, input: CellInput) {
  const period = periodOrUndefined(input.period);
  const month = period?.type === 'Monthly' ? period.index : 0;
  const found = period && (await readCellSnapshot(db, input.dataElement, input.categoryOptionCombo || 'default', input.orgUnit, period.code, month));
  if (!period || !found) {
    // The general lookup names the unknown code or the malformed period, in the order the fields are checked.
    await resolveCell(db, actor, 'enter', input);
    throw new Error(`cell ${input.dataElement}/${input.orgUnit}/${input.period} was found only on the second look`);
  }
  requireUnitAccess(actor, 'enter', found.unit);
  const key: CellKey = { data_element_id: found.element.id, category_option_combo_id: found.coc.id, org_unit_id: found.unit.id, period: period.code };
  // Bounds are drawn from monthly figures: a week's count is not judged against a month's.
  return { ...found, bounds: period.type === 'Weekly' ? undefined : found.bounds, period, key };
}

function periodOrUndefined(code: string): Period | undefined {
  try {
    return parsePeriod(code);
  } catch {
    return undefined;
  }
}

async function saveOnce(db: Executor, actor: Actor, cell: Cell, input: SaveInput, now: string) {
  const old = cell.stored;
  // An omitted comment keeps the stored one; an empty one clears it.
  const comment = input.comment === undefined ? (old?.comment ?? null) : input.comment.trim() ? input.comment.trim().normalize('NFC') : null;
  const deleting = input.value.trim() === '';
  const checked = deleting ? null : checkValue(cell.element.value_type as ValueType, input.value);
  if (checked && !checked.ok) throw new AppError(400, 'INVALID_VALUE', checked.message, [{ field: 'value', message: checked.message }]);
  const value = checked?.value ?? null;
  const outlier = value === null ? undefined : judgeOutlier(cell, value, comment);
  const answer = () => ({ dataValue: present(input, cell.coc.code, value, comment), ...(outlier ? { outlier } : {}) });
  // Already as asked (two people typed the same figure): nothing to write, nothing to refuse.
  if ((old?.value ?? null) === value && (value === null || old?.comment === comment)) return answer();
  if (input.expected !== undefined && (input.expected || null) !== (old?.value ?? null)) throw await valueChanged(db, cell, old);
  const written = await writeIfUnchanged(db, {
    key: cell.key,
    old: old && { value: old.value, comment: old.comment },
    // A new value is marked exactly when it lies outside its bounds; a comment added to the same value keeps the
    // mark as staff left it (unmarked after follow-up stays unmarked).
    next: value === null ? undefined : { value, comment, followUp: value === old?.value ? old.follow_up === 1 : outlier !== undefined },
    by: actor.username,
    at: now,
    periodStart: cell.period.startDate,
    periodEnd: cell.period.endDate,
    provinceCode: cell.unit.path.split('/')[1]!,
  });
  if (!written) return RACED;
  return answer();
}

/** What the save answers about a value outside its bounds (kept, flagged, needs a comment); 400 for an absurd one. */
function judgeOutlier(cell: Cell, value: string, comment: string | null): CellOutlier | undefined {
  if (!JUDGED_VALUE_TYPES.has(cell.element.value_type)) return undefined;
  const judgement = judgeValue(Number(value), cell.bounds);
  if (judgement.kind === 'absurd') {
    const message = dataEntryMessages.absurdValue(value, judgement.cap);
    throw new AppError(400, 'ABSURD_VALUE', message, [{ field: 'value', message }], { extra: { cap: judgement.cap, bounds: cell.bounds ?? null } });
  }
  return judgement.kind === 'outside' ? { bounds: judgement.bounds, followUp: true, commentRequired: comment === null } : undefined;
}


/** The conflict answer: the stored value and who saved it, or who emptied the cell. */
async function valueChanged(db: Executor, cell: Cell, old: Stored): Promise<ValueChangedError> {
  const last = old ? { changed_by: old.stored_by, changed_at: old.updated_at } : await lastChange(db, cell.key);
  const savedBy = last?.changed_by ?? null;
  const savedByName = savedBy ? (await displayNames(db, [savedBy]))(savedBy) : null;
  return new ValueChangedError({ value: old?.value ?? null, savedBy, savedByName, savedAt: last?.changed_at ?? null });
}

function present(input: CellInput, coc: string, value: string | null, comment: string | null) {
  if (value === null) return null;
  return { dataElement: input.dataElement, categoryOptionCombo: coc, orgUnit: input.orgUnit, period: input.period, value, ...(comment ? { comment } : {}) };
}
