import { entryState, entryWindow, formStatus, FORM_STATUS_LABELS, vietnamDate, type WorkflowState } from '@syt/core/completeness/index.ts';
import { sectionGrid, type FormElement } from '@syt/core/form/index.ts';
import type { FormView } from '@syt/core/api/forms.ts';
import type { CategoryOptionCombo, DataSet, MetadataPackage } from '@syt/core/metadata/types.ts';
import type { Period } from '@syt/core/period/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Action, Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import { readDataValues } from '../data-values/data-value.repository.ts';
import { readOptionCombos, readPackage } from '../metadata/metadata-read.repository.ts';
import type { Executor } from '../metadata/upsert.ts';
import { displayNames } from '../users/display-names.repository.ts';
import { requirePeriod, unitOpenDuring } from './cell.service.ts';
import { readFormOutliers } from './form-outliers.repository.ts';
import { findReport } from './workflow.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

export interface FormInput {
  dataSet: string;
  orgUnit: string;
  period: string;
}

/** Resolves a form (data set × org unit × period) the actor may act on; the unit must be assigned the data set. */
export async function resolveForm(db: Executor, actor: Actor, action: Action, input: FormInput) {
  const dataSet = await db.selectFrom('data_set').selectAll().where('code', '=', input.dataSet).executeTakeFirst();
  if (!dataSet) {
    throw new AppError(400, 'UNKNOWN_DATA_SET', vi.unknownDataSet(input.dataSet), [{ field: 'dataSet', message: vi.unknownDataSet(input.dataSet) }]);
  }
  const period = requirePeriod(input.period);
  if (period.type !== dataSet.period_type) {
    throw new AppError(400, 'INVALID_PERIOD', vi.wrongPeriodType(input.period), [{ field: 'period', message: vi.wrongPeriodType(input.period) }]);
  }
  const unit = await requireOrgUnitAccess(db, actor, action, input.orgUnit);
  const assigned = await db
    .selectFrom('data_set_org_unit')
    .select('org_unit_id')
    .where('data_set_id', '=', dataSet.id)
    .where('org_unit_id', '=', unit.id)
    .executeTakeFirst();
  if (!assigned) throw notFound(vi.formNotAssigned(dataSet.name, unit.name));
  const window = entryWindow({ dueDay: dataSet.due_day, openDaysAfterPeriod: dataSet.open_days_after_period }, period);
  return { dataSet, unit, period, window, key: { data_set_id: dataSet.id, org_unit_id: unit.id, period: period.code } };
}

/** Everything the entry page needs: the form's layout, stored values, workflow status and entry window. */
export async function loadForm(ctx: Ctx, actor: Actor, input: FormInput): Promise<FormView> {
  const form = await resolveForm(ctx.db, actor, 'read', input);
  const pkg = await readPackage(ctx.db);
  const optionCombos = await readOptionCombos(ctx.db);
  const definition = pkg.dataSets.find((d) => d.code === form.dataSet.code)!;
  const elementCodes = new Set(definition.sections.flatMap((s) => s.dataElements));
  const values = (await readDataValues(ctx.db, form.unit.id, [form.period.code])).filter((v) => elementCodes.has(v.dataElement));
  const outliers = await readFormOutliers(ctx.db, form.unit.id, form.period, form.dataSet.id);
  const report = await findReport(ctx.db, form.key);
  const today = vietnamDate(ctx.clock.now());
  const state = entryState(form.window, form.period, today);
  const status = formStatus({
    hasValues: values.length > 0,
    workflow: (report?.status ?? null) as WorkflowState | null,
    submittedOn: report?.submitted_at ? vietnamDate(new Date(report.submitted_at)) : null,
    dueDate: form.window.dueDate,
  });
  const nameOf = await displayNames(ctx.db, [report?.submitted_by, report?.approved_by]);
  return {
    dataSet: layoutOf(definition, pkg, optionCombos),
    orgUnit: { code: form.unit.code, name: form.unit.name },
    period: periodView(form.period),
    values,
    outliers,
    workflow: {
      status,
      label: FORM_STATUS_LABELS[status],
      submittedAt: report?.submitted_at ?? null,
      submittedBy: report?.submitted_by ? nameOf(report.submitted_by) : null,
      approvedAt: report?.approved_at ?? null,
      approvedBy: report?.approved_by ? nameOf(report.approved_by) : null,
      reopenReason: report?.status === 'REOPENED' ? report.reopen_reason : null,
    },
    window: { ...form.window, state, editable: unitOpenDuring(form.unit, form.period) && isEditable(actor, state, report?.status) },
  };
}

function isEditable(actor: Actor, state: string, workflow: string | undefined): boolean {
  if (workflow === 'SUBMITTED' || workflow === 'APPROVED') return false;
  if (!['admin', 'staff', 'reporter'].includes(actor.role)) return false;
  return state === 'OPEN' || (state === 'CLOSED' && actor.canEditExpired);
}

const periodView = (p: Period) => ({ code: p.code, type: p.type, startDate: p.startDate, endDate: p.endDate });

/** The form's sections laid out as grids (rows and columns), the one layout the page and the Excel form share. */
export function layoutOf(definition: DataSet, pkg: MetadataPackage, optionCombos: CategoryOptionCombo[]) {
  const elements = new Map(pkg.dataElements.map((e) => [e.code, e]));
  const formElement = (code: string): FormElement => {
    const e = elements.get(code)!;
    const combos = optionCombos.filter((c) => c.categoryCombo === e.categoryCombo).map((c) => ({ code: c.code, name: c.name }));
    return { code: e.code, name: e.name, valueType: e.valueType, optionCombos: combos };
  };
  const diseases = [...pkg.diseases].sort((a, b) => a.reportOrder - b.reportOrder);
  return {
    code: definition.code,
    name: definition.name,
    periodType: definition.periodType,
    sections: definition.sections.map((s) => ({
      code: s.code,
      name: s.name,
      blocks: sectionGrid(s.dataElements.map(formElement), diseases),
    })),
  };
}
