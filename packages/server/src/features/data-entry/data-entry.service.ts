import type { AuditEntry, HistoryPoint } from '@syt/core/api/forms.ts';
import { shiftPeriod } from '@syt/core/period/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../access/access.policy.ts';
import { displayNames } from '../users/display-names.repository.ts';
import { resolveCell, type CellInput } from './cell.service.ts';
import { readAudit, readCellSeries } from './data-entry.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/** Who changed a cell, when, from what to what — newest first. */
export async function cellAudit(ctx: Ctx, actor: Actor, input: CellInput): Promise<AuditEntry[]> {
  const cell = await resolveCell(ctx.db, actor, 'read', input);
  const rows = await readAudit(ctx.db, cell.key);
  const nameOf = await displayNames(ctx.db, rows.map((r) => r.changed_by));
  return rows.map((r) => ({
    action: r.action,
    oldValue: r.old_value,
    newValue: r.new_value,
    oldComment: r.old_comment,
    newComment: r.new_comment,
    changedBy: nameOf(r.changed_by),
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
