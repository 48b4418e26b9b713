import { periodsBetween } from '@syt/core/period/index.ts';
import { periodMonths, type ReportPeriod } from '@syt/core/report/report-period.ts';
import {
  countedRowFilter, DEFAULT_COUNTED_STATES, FORM_STATES, formState, reportCompleteness, type FigureRow, type FormState,
  type ReportCompleteness, type ReportForm, type WorkflowStatus,
} from '@syt/core/report/index.ts';
import { badRequest } from '../../errors.ts';
import type { Executor } from '../metadata/upsert.ts';
import {
  assignedForms, type AssignedFormRow, dataSetElementCodes, findCountedStatesSetting, formStatuses, formsWithValues, upsertCountedStatesSetting,
} from './report-forms.repository.ts';
import { reportCompletenessMessages as m } from './report-completeness.messages.ts';
import type { ReportOrgUnit } from './report-input.service.ts';

/** What the user asked of the report's sources: drafts are counted only on request. */
export interface FormOptions {
  includeDrafts?: boolean;
}

/** The forms a report rests on: the month's completeness block, the data sets' elements, and the row filter. */
export interface ReportForms {
  completeness: ReportCompleteness;
  dataSetElements: Record<string, string[]>;
  /** Keeps the rows whose form the report counts; `unitsAbove` names the units a row's unit lies in. */
  rowFilter(unitsAbove: (orgUnit: string) => readonly string[]): (row: FigureRow) => boolean;
}

/**
 * The forms of the report's subtree from January of last year to the period's end, and the completeness of every
 * month the period spans (COMPLETENESS.md applies to each): a report over several months tags each form with its month.
 */
export async function reportForms(db: Executor, unit: ReportOrgUnit, period: ReportPeriod, options: FormOptions = {}): Promise<ReportForms> {
  const { from, to } = periodMonths(period);
  // At most twelve months: a year's report.
  const months = periodsBetween(from, to);
  const firstPeriod = `${period.year - 1}01`;
  const [perMonth, everAssigned, dataSetElements, counted] = await Promise.all([
    Promise.all(months.map((m) => assignedForms(db, unit.path, m.startDate, m.endDate))),
    assignedForms(db, unit.path, `${firstPeriod.slice(0, 4)}-01-01`, period.endDate),
    dataSetElementCodes(db),
    countedStates(db, options),
  ]);
  const unitIds = [...new Set(everAssigned.map((f) => f.org_unit_id))];
  const statuses = await formStatuses(db, unitIds, firstPeriod, to.code);
  // Whether a form holds values matters only while it is neither submitted nor approved: only those units are read.
  const sent = (f: AssignedFormRow, month: string) => ['SUBMITTED', 'APPROVED'].includes(statuses.get(`${f.data_set_id}|${f.org_unit_id}|${month}`) ?? '');
  const withValues = await Promise.all(
    months.map((m, i) => formsWithValues(db, [...new Set(perMonth[i]!.filter((f) => !sent(f, m.code)).map((f) => f.org_unit_id))], m.code)),
  );
  const tagged = period.kind !== 'monthly';
  const forms = months.flatMap((month, i) =>
    perMonth[i]!.map((f): ReportForm => {
      const workflow = (statuses.get(`${f.data_set_id}|${f.org_unit_id}|${month.code}`) ?? null) as WorkflowStatus;
      return {
        dataSet: f.data_set_code,
        dataSetName: f.data_set_name,
        orgUnit: f.org_unit_code,
        orgUnitName: f.org_unit_name,
        ...(f.sentence_name ? { sentenceName: f.sentence_name } : {}),
        state: formState(workflow, withValues[i]!.has(`${f.data_set_id}|${f.org_unit_id}`)),
        ...(tagged ? { period: month.code } : {}),
      };
    }),
  );
  const byCodes = new Map(everAssigned.map((f) => [`${f.data_set_code}|${f.org_unit_code}`, f]));
  const setsOf = new Map<string, string[]>();
  for (const [dataSet, elements] of Object.entries(dataSetElements)) for (const e of elements) (setsOf.get(e) ?? setsOf.set(e, []).get(e)!).push(dataSet);
  const index = {
    dataSetsOf: (element: string) => setsOf.get(element) ?? [],
    isAssigned: (dataSet: string, orgUnit: string) => byCodes.has(`${dataSet}|${orgUnit}`),
    workflow: (dataSet: string, orgUnit: string, period: string) => {
      const f = byCodes.get(`${dataSet}|${orgUnit}`)!;
      return (statuses.get(`${f.data_set_id}|${f.org_unit_id}|${period}`) ?? null) as WorkflowStatus;
    },
  };
  return {
    completeness: reportCompleteness(forms, counted),
    dataSetElements,
    rowFilter: (unitsAbove) => countedRowFilter(index, counted, unitsAbove),
  };
}

/** The installation's setting of counted states (submitted and approved by default), with drafts when asked. */
export async function countedStates(db: Executor, options: FormOptions): Promise<FormState[]> {
  const stored = parseCountedStates(await findCountedStatesSetting(db));
  const base = stored ?? [...DEFAULT_COUNTED_STATES];
  return options.includeDrafts && !base.includes('draft') ? [...base, 'draft'] : base;
}

/** A stored setting's states, or null when it is absent or unreadable (the default then applies). */
function parseCountedStates(raw: string | undefined): FormState[] | null {
  if (raw === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return null;
    const states = FORM_STATES.filter((s) => s !== 'missing' && parsed.includes(s));
    return states.length > 0 ? states : null;
  } catch {
    return null;
  }
}

/** The states a form may be counted in (a missing form has no figures to count). */
const COUNTABLE: readonly FormState[] = ['draft', 'submitted', 'approved'];

/** Stores the installation's counted states; 400 naming `field` for an empty list or an unknown state. */
export async function saveCountedStates(db: Executor, states: readonly string[], field: string): Promise<FormState[]> {
  const unknown = states.find((s) => !COUNTABLE.includes(s as FormState));
  if (states.length === 0 || unknown !== undefined) {
    const message = m.badCountedStates(unknown ?? '');
    throw badRequest(message, [{ field, message }]);
  }
  const chosen = COUNTABLE.filter((s) => states.includes(s));
  await upsertCountedStatesSetting(db, JSON.stringify(chosen));
  return chosen;
}
