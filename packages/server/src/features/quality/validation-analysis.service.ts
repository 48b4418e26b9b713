import type { QualityRange, ValidationRow } from '@syt/core/api/quality.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import { unitsWithValues } from '../data-entry/workflow.repository.ts';
import { readPackage } from '../metadata/metadata-read.repository.ts';
import { validateForm } from '../validation/validation.service.ts';
import { requireDataSetElements } from './bounds.service.ts';
import { requireMonthRange } from './month-range.ts';
import { qualityMessages } from './quality.messages.ts';
import { assignedUnitsUnder } from './quality.repository.ts';

/** The most forms (unit × month) checked at once, and the most failures listed. */
export const MAX_FORMS_CHECKED = 1_200;
export const MAX_VIOLATION_ROWS = 2_000;

export type ValidationQuery = QualityRange;
export type { ValidationRow };

/**
 * The data set's validation rules run over every form (unit × month) under `orgUnit` in a range of months. A form
 * with no value is not checked (a missing form is not a zero); the answer counts both.
 */
export async function analyseValidation(db: Database, actor: Actor, q: ValidationQuery) {
  const unit = await requireOrgUnitAccess(db, actor, 'read', q.orgUnit);
  const { dataSet } = await requireDataSetElements(db, q.dataSet);
  const months = requireMonthRange(q.from, q.to);
  const units = await assignedUnitsUnder(db, dataSet.id, unit.path);
  if (units.length * months.length > MAX_FORMS_CHECKED) {
    const message = qualityMessages.tooManyForms(MAX_FORMS_CHECKED);
    throw new AppError(400, 'TOO_MANY_FORMS', message, [{ field: 'orgUnit', message }]);
  }
  const pkg = await readPackage(db);
  const rows: ValidationRow[] = [];
  let checked = 0;
  for (const period of months) {
    const reported = await unitsWithValues(db, dataSet.id, period.code, units.map((u) => u.id));
    for (const u of units.filter((x) => reported.has(x.id))) {
      checked += 1;
      for (const v of await validateForm(db, { dataSet, unit: u, period }, pkg)) {
        rows.push({ orgUnit: u.code, orgUnitName: u.name, period: period.code, rule: v.rule, importance: v.importance, message: v.message, left: v.left, operator: v.operator, right: v.right });
      }
    }
  }
  return {
    dataSet: { code: dataSet.code, name: dataSet.name },
    checked,
    notReported: units.length * months.length - checked,
    rows: rows.slice(0, MAX_VIOLATION_ROWS),
    truncated: rows.length > MAX_VIOLATION_ROWS,
  };
}
