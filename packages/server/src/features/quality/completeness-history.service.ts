import { countHistory, historyCell, type HistoryCell, type HistoryCounts } from '@syt/core/quality/index.ts';
import { MAX_PERIOD_YEAR, MIN_PERIOD_YEAR } from '@syt/core/period/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import { completeness } from '../completeness/completeness.service.ts';
import { requireDataSetElements } from './bounds.service.ts';
import { qualityMessages } from './quality.messages.ts';
import { assignedUnitsUnder } from './quality.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

export interface HistoryRow {
  orgUnit: { code: string; name: string };
  /** January to December; null for a month the unit did not exist in. */
  months: (HistoryCell | null)[];
  counts: HistoryCounts;
}

/** Each unit under `orgUnit` that reports a monthly data set, month by month through one year, with its counts. */
export async function completenessHistory(ctx: Ctx, actor: Actor, q: { dataSet: string; orgUnit: string; year: string }) {
  const unit = await requireOrgUnitAccess(ctx.db, actor, 'read', q.orgUnit);
  const { dataSet } = await requireDataSetElements(ctx.db, q.dataSet);
  const year = Number(q.year);
  if (!/^\d{4}$/.test(q.year) || year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new AppError(400, 'INVALID_YEAR', qualityMessages.invalidYear(q.year), [{ field: 'year', message: qualityMessages.invalidYear(q.year) }]);
  }
  const units = await assignedUnitsUnder(ctx.db, dataSet.id, unit.path);
  const cells = new Map(units.map((u) => [u.code, Array<HistoryCell | null>(12).fill(null)]));
  for (let month = 1; month <= 12; month++) {
    const view = await completeness(ctx, actor, dataSet.code, `${year}${String(month).padStart(2, '0')}`);
    for (const row of view.rows) {
      const line = cells.get(row.orgUnit.code);
      if (line) line[month - 1] = historyCell(row);
    }
  }
  const rows: HistoryRow[] = units
    .filter((u) => cells.get(u.code)!.some((c) => c !== null))
    .map((u) => ({ orgUnit: { code: u.code, name: u.name }, months: cells.get(u.code)!, counts: countHistory(cells.get(u.code)!) }));
  return { dataSet: { code: dataSet.code, name: dataSet.name }, year, rows };
}
