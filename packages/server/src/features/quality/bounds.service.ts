import { vietnamDate } from '@syt/core/completeness/index.ts';
import { periodForDate, shiftPeriod } from '@syt/core/period/index.ts';
import { generateSeriesBounds, HISTORY_YEARS, isSeasonal, type MonthlyValue } from '@syt/core/quality/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import type { DataValueBoundTable } from '../../db/schema.ts';
import { writeTransaction } from '../../db/write-transaction.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import { resolveSeries } from '../data-entry/cell.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { qualityMessages } from './quality.messages.ts';
import { assignedUnitsUnder, boundsOf, monthlyValuesOf, numericElementsOf, replaceGeneratedBounds, setManualBounds } from './quality.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/** A data set's numeric elements, or 400 naming `dataSet`. */
export async function requireDataSetElements(db: Executor, code: string) {
  const found = await numericElementsOf(db, code);
  if (!found) throw new AppError(400, 'UNKNOWN_DATA_SET', vi.unknownDataSet(code), [{ field: 'dataSet', message: vi.unknownDataSet(code) }]);
  return found;
}

/**
 * Regenerates the bounds of a data set's numeric elements at the units under `orgUnit` that report it, from the
 * five years of monthly history before the current month (method: core/src/quality/bounds.ts). Bounds set by
 * hand are kept. One transaction: a failed run changes nothing.
 */
export async function generateBounds(ctx: Ctx, actor: Actor, req: { dataSet: string; orgUnit: string }) {
  const unit = await requireOrgUnitAccess(ctx.db, actor, 'manage-quality', req.orgUnit);
  return generateBoundsUnder(ctx, req.dataSet, unit.path, actor.username);
}

/** `generateBounds` without an actor: the demo load and the command line act as the system. */
export async function generateBoundsUnder(ctx: Ctx, dataSetCode: string, unitPath: string, by: string) {
  const { dataSet, elements } = await requireDataSetElements(ctx.db, dataSetCode);
  const current = periodForDate('Monthly', vietnamDate(ctx.clock.now()));
  const to = shiftPeriod(current, -1).code;
  const from = shiftPeriod(current, -12 * HISTORY_YEARS).code;
  const at = ctx.clock.now().toISOString();
  return writeTransaction(ctx.db, async (trx) => {
    const unitIds = (await assignedUnitsUnder(trx, dataSet.id, unitPath)).map((u) => u.id);
    let series = 0;
    const seasonal: string[] = [];
    for (const element of elements) {
      const values = await monthlyValuesOf(trx, element.id, unitIds, from, to);
      const manual = new Set((await boundsOf(trx, element.id, unitIds)).filter((b) => b.generated === 0).map((b) => `${b.category_option_combo_id}|${b.org_unit_id}`));
      const bySeries = groupSeries(values.filter((v) => !manual.has(`${v.cocId}|${v.unitId}`)));
      const isSeasonalElement = isSeasonal(monthlyTotals(values));
      if (isSeasonalElement) seasonal.push(element.code);
      const rows: DataValueBoundTable[] = [];
      for (const [key, history] of bySeries) {
        const [cocId, unitId] = key.split('|').map(Number) as [number, number];
        const bounds = generateSeriesBounds(history, isSeasonalElement);
        if (bounds.length > 0) series += 1;
        for (const b of bounds) {
          rows.push({ data_element_id: element.id, category_option_combo_id: cocId, org_unit_id: unitId, month: b.month, min_value: b.min, max_value: b.max, generated: 1, updated_at: at, updated_by: by });
        }
      }
      await replaceGeneratedBounds(trx, element.id, unitIds, rows);
    }
    return { series, seasonalElements: seasonal, from, to };
  });
}

type StoredValue = { cocId: number; unitId: number; period: string; value: string };

function groupSeries(values: StoredValue[]): Map<string, MonthlyValue[]> {
  const out = new Map<string, MonthlyValue[]>();
  for (const v of values) {
    const key = `${v.cocId}|${v.unitId}`;
    const list = out.get(key) ?? [];
    list.push({ period: v.period, value: Number(v.value) });
    out.set(key, list);
  }
  return out;
}

/** The element's total per month over the units (seasonality is judged on these). */
function monthlyTotals(values: StoredValue[]): MonthlyValue[] {
  const totals = new Map<string, number>();
  for (const v of values) totals.set(v.period, (totals.get(v.period) ?? 0) + Number(v.value));
  return [...totals].map(([period, value]) => ({ period, value }));
}

export interface ManualBounds {
  dataElement: string;
  categoryOptionCombo?: string | undefined;
  orgUnit: string;
  min: number;
  max: number;
}

/** Sets a series' bounds by hand (one pair for every month); a later regeneration keeps them. */
export async function setBoundsByHand(ctx: Ctx, actor: Actor, req: ManualBounds) {
  if (req.min > req.max) throw new AppError(400, 'INVALID_BOUNDS', qualityMessages.minAboveMax, [{ field: 'min', message: qualityMessages.minAboveMax }]);
  const { element, coc, unit } = await resolveSeries(ctx.db, actor, 'manage-quality', req);
  await writeTransaction(ctx.db, (trx) =>
    setManualBounds(trx, {
      data_element_id: element.id, category_option_combo_id: coc.id, org_unit_id: unit.id,
      min_value: req.min, max_value: req.max, updated_at: ctx.clock.now().toISOString(), updated_by: actor.username,
    }),
  );
  return { dataElement: element.code, categoryOptionCombo: coc.code, orgUnit: req.orgUnit, month: 0, min: req.min, max: req.max, generated: false };
}
