import type { OutlierRow, QualityRange } from '@syt/core/api/quality.ts';
import { monthOf, outlierVerdict, type Bounds } from '@syt/core/quality/index.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import { resolveCell } from '../data-entry/cell.service.ts';
import { requireDataSetElements } from './bounds.service.ts';
import { qualityMessages } from './quality.messages.ts';
import { requireMonthRange } from './month-range.ts';
import { assignedUnitsUnder, boundsOf, monthlyValuesOf, setFollowUp } from './quality.repository.ts';

/** The most rows listed (the largest deviations first). */
export const MAX_OUTLIER_ROWS = 2_000;

export type OutlierQuery = QualityRange;
export type { OutlierRow };

/**
 * The values of a data set at the units under `orgUnit`, in a range of months, that lie outside their bounds or
 * whose modified z-score exceeds 3 in size (core/src/quality/outliers.ts): outside the bounds first, then by |z|.
 */
export async function findOutliers(db: Database, actor: Actor, q: OutlierQuery) {
  const unit = await requireOrgUnitAccess(db, actor, 'read', q.orgUnit);
  const { dataSet, elements } = await requireDataSetElements(db, q.dataSet);
  requireMonthRange(q.from, q.to);
  const units = await assignedUnitsUnder(db, dataSet.id, unit.path);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const unitIds = units.map((u) => u.id);
  const rows: OutlierRow[] = [];
  for (const element of elements) {
    const values = await monthlyValuesOf(db, element.id, unitIds, q.from, q.to);
    const bounds = new Map((await boundsOf(db, element.id, unitIds)).map((b) => [`${b.category_option_combo_id}|${b.org_unit_id}|${b.month}`, b]));
    const series = new Map<string, number[]>();
    for (const v of values) series.set(`${v.cocId}|${v.unitId}`, [...(series.get(`${v.cocId}|${v.unitId}`) ?? []), Number(v.value)]);
    for (const v of values) {
      const b = bounds.get(`${v.cocId}|${v.unitId}|0`) ?? bounds.get(`${v.cocId}|${v.unitId}|${monthOf(v.period)}`);
      const pair: Bounds | undefined = b && { min: b.min_value, max: b.max_value };
      const verdict = outlierVerdict(Number(v.value), pair, series.get(`${v.cocId}|${v.unitId}`)!);
      if (!verdict) continue;
      const ou = unitById.get(v.unitId)!;
      rows.push({
        dataElement: element.code, dataElementName: element.name, categoryOptionCombo: v.cocCode, categoryOptionComboName: v.cocName,
        orgUnit: ou.code, orgUnitName: ou.name, period: v.period, value: Number(v.value), min: pair?.min ?? null, max: pair?.max ?? null,
        z: verdict.z === null ? null : Math.round(verdict.z * 10) / 10, outsideBounds: verdict.outsideBounds, followUp: v.followUp === 1, comment: v.comment,
      });
    }
  }
  rows.sort((a, b) => Number(b.outsideBounds) - Number(a.outsideBounds) || Math.abs(b.z ?? 0) - Math.abs(a.z ?? 0));
  return { dataSet: { code: dataSet.code, name: dataSet.name }, rows: rows.slice(0, MAX_OUTLIER_ROWS), truncated: rows.length > MAX_OUTLIER_ROWS };
}

const invalid = (code: string, field: string, message: string) => new AppError(400, code, message, [{ field, message }]);

/** Marks or unmarks a stored value for follow-up; 400 when the cell holds no value. */
export async function markFollowUp(db: Database, actor: Actor, req: { dataElement: string; categoryOptionCombo?: string | undefined; orgUnit: string; period: string; followUp: boolean }) {
  const cell = await resolveCell(db, actor, 'manage-quality', req);
  const done = await setFollowUp(db, { elementId: cell.element.id, cocId: cell.coc.id, unitId: cell.unit.id, period: cell.period.code }, req.followUp);
  if (!done) throw invalid('NO_VALUE', 'period', qualityMessages.noValue);
  return { followUp: req.followUp };
}
