import {
  entryWindow, formStatus, FORM_STATUS_LABELS, isOverdue, summarizeCompleteness, vietnamDate, wasOnTime, type FormRow, type WorkflowState,
} from '@syt/core/completeness/index.ts';
import type { CompletenessView } from '@syt/core/api/forms.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { inScope, roleAllows, type Actor } from '../access/access.policy.ts';
import { requirePeriod } from '../data-entry/cell.service.ts';
import { dataSetWithUnits, reportsForPeriod, unitsWithValues } from '../data-entry/workflow.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/** Every assigned org unit in the actor's scope with its form status, and the reporting and on-time rates. */
export async function completeness(ctx: Ctx, actor: Actor, dataSetCode: string, periodCode: string): Promise<CompletenessView> {
  const found = await dataSetWithUnits(ctx.db, dataSetCode);
  if (!found) throw new AppError(400, 'UNKNOWN_DATA_SET', vi.unknownDataSet(dataSetCode), [{ field: 'dataSet', message: vi.unknownDataSet(dataSetCode) }]);
  const period = requirePeriod(periodCode);
  const { dataSet } = found;
  // A weekly form has weeks, a monthly one months: another period type would find no form at all.
  if (period.type !== dataSet.period_type) {
    throw new AppError(400, 'INVALID_PERIOD', vi.wrongPeriodType(periodCode), [{ field: 'period', message: vi.wrongPeriodType(periodCode) }]);
  }
  const units = found.units.filter(
    (u) => roleAllows(actor.role, 'read') && inScope(actor, u.path) && u.opening_date <= period.endDate && (!u.closing_date || u.closing_date >= period.startDate),
  );
  const window = entryWindow({ dueDay: dataSet.due_day, openDaysAfterPeriod: dataSet.open_days_after_period }, period);
  const reports = new Map((await reportsForPeriod(ctx.db, dataSet.id, period.code)).map((r) => [r.org_unit_id, r]));
  const withValues = await unitsWithValues(ctx.db, dataSet.id, period.code, units.map((u) => u.id));
  const today = vietnamDate(ctx.clock.now());
  const rows = units.map((u) => {
    const report = reports.get(u.id);
    const submittedOn = report?.submitted_at ? vietnamDate(new Date(report.submitted_at)) : null;
    const status = formStatus({ hasValues: withValues.has(u.id), workflow: (report?.status ?? null) as WorkflowState | null, submittedOn, dueDate: window.dueDate });
    const onTime = (status === 'SUBMITTED_ON_TIME' || status === 'APPROVED') && wasOnTime(submittedOn, window.dueDate);
    return {
      orgUnit: { code: u.code, name: u.name },
      status,
      label: FORM_STATUS_LABELS[status],
      dueDate: window.dueDate,
      submittedAt: report?.submitted_at ?? null,
      onTime,
      overdue: isOverdue(status, window.dueDate, today),
    };
  });
  const summary = summarizeCompleteness(rows.map((r): FormRow => ({ orgUnit: r.orgUnit.code, status: r.status, dueDate: r.dueDate, submittedOn: r.submittedAt, onTime: r.onTime })), today);
  return { dataSet: { code: dataSet.code, name: dataSet.name }, period: period.code, dueDate: window.dueDate, summary, rows };
}
