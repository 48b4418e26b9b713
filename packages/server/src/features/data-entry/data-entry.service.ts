import type { AuditEntry, HistoryPoint } from '@syt/core/api/forms.ts';
import { checkValue } from '@syt/core/datavalue/value-type.ts';
import type { ValueType } from '@syt/core/metadata/types.ts';
import { shiftPeriod } from '@syt/core/period/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireWritable, resolveCell, type CellInput } from './cell.service.ts';
import { deleteValue, findValue, insertAudit, insertValue, readAudit, readCellSeries, updateValue } from './data-entry.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

export interface SaveInput extends CellInput {
  /** Empty deletes the value (and its comment). */
  value: string;
  comment?: string | undefined;
}

/** Stores, changes or deletes one value, with its audit row, in one transaction. */
export async function saveDataValue(ctx: Ctx, actor: Actor, input: SaveInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const cell = await resolveCell(trx, actor, 'enter', input);
    await requireWritable(trx, cell, ctx.clock.now(), actor.canEditExpired);
    const now = ctx.clock.now().toISOString();
    const old = await findValue(trx, cell.key);
    // An omitted comment keeps the stored one; an empty one clears it.
    const comment = input.comment === undefined ? (old?.comment ?? null) : input.comment.trim() ? input.comment.trim().normalize('NFC') : null;
    const audit = { ...cell.key, changed_by: actor.username, changed_at: now, old_value: old?.value ?? null, old_comment: old?.comment ?? null };
    if (input.value.trim() === '') {
      if (old) {
        await deleteValue(trx, cell.key);
        await insertAudit(trx, [{ ...audit, action: 'DELETE', new_value: null, new_comment: null }]);
      }
      return { dataValue: null };
    }
    const checked = checkValue(cell.element.value_type as ValueType, input.value);
    if (!checked.ok) throw new AppError(400, 'INVALID_VALUE', checked.message, [{ field: 'value', message: checked.message }]);
    if (old && old.value === checked.value && old.comment === comment) return { dataValue: present(input, cell.coc.code, checked.value, comment) };
    if (old) {
      await updateValue(trx, cell.key, { value: checked.value, comment, stored_by: actor.username, updated_at: now });
    } else {
      const provinceCode = cell.unit.path.split('/')[1]!;
      const province = await trx.selectFrom('org_unit').select('id').where('code', '=', provinceCode).executeTakeFirstOrThrow();
      await insertValue(trx, {
        ...cell.key,
        period_start: cell.period.startDate,
        period_end: cell.period.endDate,
        province_id: province.id,
        value: checked.value,
        comment,
        stored_by: actor.username,
        created_at: now,
        updated_at: now,
        import_id: null,
      });
    }
    await insertAudit(trx, [{ ...audit, action: old ? 'UPDATE' : 'CREATE', new_value: checked.value, new_comment: comment }]);
    return { dataValue: present(input, cell.coc.code, checked.value, comment) };
  });
}

function present(input: CellInput, coc: string, value: string, comment: string | null) {
  return { dataElement: input.dataElement, categoryOptionCombo: coc, orgUnit: input.orgUnit, period: input.period, value, ...(comment ? { comment } : {}) };
}

/** Who changed a cell, when, from what to what — newest first. */
export async function cellAudit(ctx: Ctx, actor: Actor, input: CellInput): Promise<AuditEntry[]> {
  const cell = await resolveCell(ctx.db, actor, 'read', input);
  const rows = await readAudit(ctx.db, cell.key);
  return rows.map((r) => ({
    action: r.action,
    oldValue: r.old_value,
    newValue: r.new_value,
    oldComment: r.old_comment,
    newComment: r.new_comment,
    changedBy: r.changed_by,
    changedAt: r.changed_at,
  }));
}

/** The cell's values for the 12 periods up to and including this one (shown while typing). */
export async function cellHistory(ctx: Ctx, actor: Actor, input: CellInput): Promise<HistoryPoint[]> {
  const cell = await resolveCell(ctx.db, actor, 'read', input);
  const periods = Array.from({ length: 12 }, (_, i) => shiftPeriod(cell.period, i - 11).code);
  const { period: _p, ...key } = cell.key;
  const stored = new Map((await readCellSeries(ctx.db, key, periods)).map((r) => [r.period, r.value]));
  return periods.map((period) => ({ period, value: stored.get(period) ?? null }));
}
