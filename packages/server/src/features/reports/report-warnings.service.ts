import type { ReportWarnings } from '@syt/core/api/reports.ts';
import { periodsBetween } from '@syt/core/period/index.ts';
import { periodMonths } from '@syt/core/report/report-period.ts';
import { requireInstance } from './report-access.ts';
import { requireKind, requireReportPeriod } from './report-period.ts';
import { completeness } from '../completeness/completeness.service.ts';
import { validateForm } from '../validation/validation.service.ts';
import type { Actor } from '../access/access.policy.ts';
import { monthlyDataSets, subtreeUnits } from './report-figures.repository.ts';
import type { ReportCtx } from './reports.service.ts';

type Violations = ReportWarnings['violations'];
type MissingForms = ReportWarnings['missingForms'];

/** Before finalising: rules failing in the forms of the report's months of the report's subtree, and forms not yet submitted. */
export async function reportWarnings(ctx: ReportCtx, actor: Actor, id: number): Promise<ReportWarnings> {
  const row = await requireInstance(ctx.db, actor, 'read', id);
  const { from, to } = periodMonths(requireReportPeriod(requireKind(row.kind), row.period));
  const units = new Map((await subtreeUnits(ctx.db, row.org_unit_path)).map((u) => [u.code, u]));
  const violations: Violations = [];
  const missingForms: MissingForms = [];
  const dataSets = await monthlyDataSets(ctx.db);
  // Every month the report spans (twelve at most, for the year's), each data set's forms in it.
  for (const month of periodsBetween(from, to)) for (const dataSet of dataSets) {
    // Completeness already knows which assigned units are open in the month and what each form's status is.
    const view = await completeness(ctx, actor, dataSet.code, month.code);
    for (const form of view.rows.filter((r) => units.has(r.orgUnit.code))) {
      if (form.status === 'NOT_STARTED' || form.status === 'IN_PROGRESS') {
        missingForms.push({ dataSet: { code: dataSet.code, name: dataSet.name }, orgUnit: form.orgUnit, status: form.status, label: form.label });
      }
      if (form.status === 'NOT_STARTED') continue;
      const unit = units.get(form.orgUnit.code)!;
      for (const v of await validateForm(ctx.db, { dataSet, unit, period: month })) {
        violations.push({ ruleCode: v.rule, orgUnit: { code: unit.code, name: unit.name }, message: v.message, importance: v.importance });
      }
    }
  }
  return { violations, missingForms };
}
