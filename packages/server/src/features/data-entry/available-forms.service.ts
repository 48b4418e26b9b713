import { entryState, entryWindow, formStatus, FORM_STATUS_LABELS, isOverdue, vietnamDate, type WorkflowState } from '@syt/core/completeness/index.ts';
import type { AvailableForm, PendingForm } from '@syt/core/api/forms.ts';
import type { PeriodType } from '@syt/core/metadata/types.ts';
import { addDays, periodForDate, shiftPeriod } from '@syt/core/period/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { inScope, roleAllows, type Actor } from '../access/access.policy.ts';
import { findReport, unitsWithValues } from './workflow.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/** Days ahead in which a due date counts as "due soon" on the home page. */
const DUE_SOON_DAYS = 7;

/** Data sets with the assigned org units inside the actor's scope, for the entry page's pickers. */
export async function availableForms(ctx: Ctx, actor: Actor) {
  const rows = await ctx.db
    .selectFrom('data_set as ds')
    .innerJoin('data_set_org_unit as a', 'a.data_set_id', 'ds.id')
    .innerJoin('org_unit as u', 'u.id', 'a.org_unit_id')
    .select(['ds.id as dataSetId', 'ds.code as dataSet', 'ds.name as dataSetName', 'ds.period_type', 'ds.due_day', 'ds.open_days_after_period',
      'u.id as unitId', 'u.code', 'u.name', 'u.path', 'u.opening_date', 'u.closing_date'])
    .orderBy('ds.id')
    .orderBy('u.level')
    .orderBy('u.sort_order')
    .execute();
  const visible = rows.filter((r) => roleAllows(actor.role, 'read') && inScope(actor, r.path));
  const byDataSet = new Map<string, AvailableForm>();
  for (const r of visible) {
    const entry = byDataSet.get(r.dataSet) ?? { dataSet: { code: r.dataSet, name: r.dataSetName, periodType: r.period_type as PeriodType }, orgUnits: [] };
    entry.orgUnits.push({ code: r.code, name: r.name });
    byDataSet.set(r.dataSet, entry);
  }
  return { rows: visible, forms: [...byDataSet.values()] };
}

/** The actor's own forms still open for entry, with the overdue and the due soon flagged (home page "Việc cần làm"). */
export async function myPendingForms(ctx: Ctx, actor: Actor): Promise<PendingForm[]> {
  if (!roleAllows(actor.role, 'enter')) return [];
  const today = vietnamDate(ctx.clock.now());
  const { rows } = await availableForms(ctx, actor);
  const result: PendingForm[] = [];
  for (const r of rows) {
    const current = periodForDate(r.period_type as PeriodType, today);
    for (const period of [current, shiftPeriod(current, -1), shiftPeriod(current, -2)]) {
      if (r.opening_date > period.endDate || (r.closing_date && r.closing_date < period.startDate)) continue;
      const window = entryWindow({ dueDay: r.due_day, openDaysAfterPeriod: r.open_days_after_period }, period);
      if (entryState(window, period, today) !== 'OPEN') continue;
      const report = await findReport(ctx.db, { data_set_id: r.dataSetId, org_unit_id: r.unitId, period: period.code });
      const hasValues = (await unitsWithValues(ctx.db, r.dataSetId, period.code, [r.unitId])).size > 0;
      const status = formStatus({ hasValues, workflow: (report?.status ?? null) as WorkflowState | null, submittedOn: null, dueDate: window.dueDate });
      if (status !== 'NOT_STARTED' && status !== 'IN_PROGRESS') continue;
      const overdue = isOverdue(status, window.dueDate, today);
      result.push({
        dataSet: { code: r.dataSet, name: r.dataSetName },
        orgUnit: { code: r.code, name: r.name },
        period: period.code,
        dueDate: window.dueDate,
        status,
        label: FORM_STATUS_LABELS[status],
        overdue,
        dueSoon: !overdue && window.dueDate <= addDays(today, DUE_SOON_DAYS),
      });
    }
  }
  return result.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
