import { entryState, entryWindow, vietnamDate } from '@syt/core/completeness/index.ts';
import type { PeriodType } from '@syt/core/metadata/types.ts';
import { parsePeriod, type Period } from '@syt/core/period/index.ts';
import { formatViDate } from '@syt/core/vi/date.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Action, Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { findElement, findElementAndCombo, type CellKey } from './data-entry.repository.ts';

export interface CellInput {
  dataElement: string;
  categoryOptionCombo?: string | undefined;
  orgUnit: string;
  period: string;
}

const invalid = (code: string, field: string, message: string) => new AppError(400, code, message, [{ field, message }]);

/** Parses a period code or answers 400 naming the field. */
export function requirePeriod(code: string, field = 'period'): Period {
  try {
    return parsePeriod(code);
  } catch {
    throw invalid('INVALID_PERIOD', field, vi.invalidPeriod(code));
  }
}

/** Resolves a cell's codes to ids and checks the actor may act on its org unit; 400 for unknown codes, 403 outside scope. */
export async function resolveCell(db: Executor, actor: Actor, action: Action, input: CellInput) {
  const { element, coc, unit } = await resolveSeries(db, actor, action, input, () => requirePeriod(input.period));
  const period = requirePeriod(input.period);
  const key: CellKey = { data_element_id: element.id, category_option_combo_id: coc.id, org_unit_id: unit.id, period: period.code };
  return { element, coc, unit, period, key };
}

/**
 * Resolves the codes of a series (element × option combo × org unit) and checks the actor may act on its org unit,
 * in the order fields are checked: element and combo, then what `between` checks, then the unit.
 */
export async function resolveSeries(db: Executor, actor: Actor, action: Action, input: Omit<CellInput, 'period'>, between?: () => void) {
  const comboCode = input.categoryOptionCombo || 'default';
  const found = (await findElementAndCombo(db, input.dataElement, comboCode)) ?? (await unknownCode(db, input.dataElement, comboCode));
  const { coc_id: cocId, coc_code: cocCode, ...element } = found;
  between?.();
  const unit = await requireOrgUnitAccess(db, actor, action, input.orgUnit);
  return { element, coc: { id: cocId, code: cocCode }, unit };
}

/** Names the unknown code of a cell (the element, else its combo) in a 400. */
async function unknownCode(db: Executor, elementCode: string, comboCode: string): Promise<never> {
  const element = await findElement(db, elementCode);
  if (!element) throw invalid('UNKNOWN_DATA_ELEMENT', 'dataElement', vi.unknownDataElement(elementCode));
  throw invalid('UNKNOWN_OPTION_COMBO', 'categoryOptionCombo', vi.unknownOptionCombo(comboCode, element.code));
}

/** A form a cell belongs to, with its workflow status for the cell's period (null: not yet submitted). */
export interface CellForm {
  name: string;
  period_type: string;
  due_day: number;
  open_days_after_period: number;
  status: string | null;
}

interface WritableCell {
  element: { code: string };
  unit: { name: string; opening_date: string; closing_date: string | null };
  period: Period;
  /** The forms assigned to the unit that contain the element. */
  forms: CellForm[];
}

/**
 * Checks a cell may be written now: its element is on a form assigned to the unit for this period type,
 * that form is not submitted or approved, and its entry window is open (or the user may edit expired periods).
 */
export function requireWritable(cell: WritableCell, now: Date, canEditExpired: boolean): void {
  const forms = cell.forms.filter((ds) => (ds.period_type as PeriodType) === cell.period.type);
  if (forms.length === 0) {
    throw new AppError(409, 'NOT_IN_FORM', vi.elementNotInForm(cell.element.code, cell.unit.name));
  }
  if (!unitOpenDuring(cell.unit, cell.period)) throw new AppError(409, 'UNIT_NOT_OPEN', vi.unitNotOpen(cell.unit.name, cell.period.code));
  const today = vietnamDate(now);
  for (const form of forms) {
    if (form.status === 'APPROVED') throw new AppError(409, 'PERIOD_LOCKED', vi.periodApproved(form.name, cell.period.code));
    if (form.status === 'SUBMITTED') throw new AppError(409, 'FORM_SUBMITTED', vi.formSubmitted(form.name));
    const window = entryWindow({ dueDay: form.due_day, openDaysAfterPeriod: form.open_days_after_period }, cell.period);
    const state = entryState(window, cell.period, today);
    if (state === 'FUTURE') throw new AppError(409, 'PERIOD_NOT_STARTED', vi.periodFuture(cell.period.code));
    if (state === 'CLOSED' && !canEditExpired) throw new AppError(409, 'PERIOD_CLOSED', vi.periodClosed(formatViDate(window.closesOn)));
  }
}

/** Whether an org unit existed for at least part of a period (closed districts take no new figures). */
export function unitOpenDuring(unit: { opening_date: string; closing_date: string | null }, period: Period): boolean {
  return unit.opening_date <= period.endDate && (unit.closing_date === null || unit.closing_date >= period.startDate);
}
