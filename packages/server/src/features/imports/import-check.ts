import type { ImportConflict } from '@syt/core/api/contract.ts';
import { entryState, entryWindow, vietnamDate } from '@syt/core/completeness/index.ts';
import { checkValue } from '@syt/core/datavalue/value-type.ts';
import type { ParsedValue } from '@syt/core/interchange/index.ts';
import type { ValueType } from '@syt/core/metadata/types.ts';
import { tryParsePeriod, type Period } from '@syt/core/period/index.ts';
import { formatViDate } from '@syt/core/vi/date.ts';
import { may, type Actor } from '../access/access.policy.ts';
import { unitOpenDuring } from '../data-entry/cell.service.ts';
import type { ImportContextRows } from './import-context.repository.ts';
import { importMessages as m } from './import.messages.ts';

/** A row that passed every check, resolved to ids; `value` null means delete. */
export interface ResolvedRow {
  index: number;
  data_element_id: number;
  category_option_combo_id: number;
  org_unit_id: number;
  province_id: number;
  period: string;
  period_start: string;
  period_end: string;
  value: string | null;
  comment: string | null;
  /** Forms (data set ids) the value belongs to, for the workflow check. */
  forms: { id: number; name: string; dueDay: number; openDays: number }[];
}

/** Indexes the metadata once so each row is checked in constant time. */
export function importChecker(rows: ImportContextRows, actor: Actor, now: Date) {
  const elements = new Map(rows.elements.map((e) => [e.code, e]));
  const combos = new Map(rows.combos.map((c) => [`${c.category_combo_id}|${c.code}`, c.id]));
  const units = new Map(rows.units.map((u) => [u.code, u]));
  const provinceIds = new Map(rows.units.filter((u) => u.path.split('/').length === 3).map((u) => [u.code, u.id]));
  const assigned = new Set(rows.assignments.map((a) => `${a.data_set_id}|${a.org_unit_id}`));
  const formsByElement = new Map<number, ImportContextRows['forms']>();
  for (const f of rows.forms) formsByElement.set(f.data_element_id, [...(formsByElement.get(f.data_element_id) ?? []), f]);
  const today = vietnamDate(now);
  // A million rows name a few hundred periods, forms and windows: compute each once.
  const periods = new Map<string, Period | null>();
  const formsOf = new Map<string, ResolvedRow['forms']>();
  const windowProblem = new Map<string, { field: string; reason: string } | null>();

  const formsFor = (elementId: number, unitId: number, periodType: string) => {
    const key = `${elementId}|${unitId}|${periodType}`;
    let forms = formsOf.get(key);
    if (!forms) {
      forms = (formsByElement.get(elementId) ?? [])
        .filter((f) => f.period_type === periodType && assigned.has(`${f.id}|${unitId}`))
        .map((f) => ({ id: f.id, name: f.name, dueDay: f.due_day, openDays: f.open_days_after_period }));
      formsOf.set(key, forms);
    }
    return forms;
  };
  const windowOf = (form: ResolvedRow['forms'][number], period: Period) => {
    const key = `${form.id}|${period.code}`;
    if (!windowProblem.has(key)) {
      const window = entryWindow({ dueDay: form.dueDay, openDaysAfterPeriod: form.openDays }, period);
      const state = entryState(window, period, today);
      windowProblem.set(
        key,
        state === 'FUTURE' ? { field: 'period', reason: m.future(period.code) }
          : state === 'CLOSED' && !actor.canEditExpired ? { field: 'period', reason: m.closed(period.code, formatViDate(window.closesOn)) }
            : null,
      );
    }
    return windowProblem.get(key)!;
  };

  /** Resolves one parsed value, or says why it cannot be stored. */
  return (v: ParsedValue, locate: (index: number) => string): ResolvedRow | ImportConflict => {
    const conflict = (field: string, reason: string) => conflictAt(v, locate, field, reason);
    const element = elements.get(v.dataElement);
    if (!element) return conflict('dataElement', m.unknownElement(v.dataElement));
    const comboId = combos.get(`${element.category_combo_id}|${v.categoryOptionCombo || 'default'}`);
    if (comboId === undefined) return conflict('categoryOptionCombo', m.unknownCombo(v.categoryOptionCombo, v.dataElement));
    const unit = units.get(v.orgUnit);
    if (!unit) return conflict('orgUnit', m.unknownOrgUnit(v.orgUnit));
    if (!may(actor, 'enter', unit.path)) return conflict('orgUnit', m.outsideScope(unit.name));
    if (!periods.has(v.period)) periods.set(v.period, tryParsePeriod(v.period));
    const period = periods.get(v.period);
    if (!period) return conflict('period', m.badPeriod(v.period));
    if (!unitOpenDuring(unit, period)) return conflict('orgUnit', m.unitNotOpen(unit.name, period.code));
    const forms = formsFor(element.id, unit.id, period.type);
    if (forms.length === 0) return conflict('dataElement', m.notInForm(v.dataElement, unit.name, v.period));
    for (const f of forms) {
      const problem = windowOf(f, period);
      if (problem) return conflict(problem.field, problem.reason);
    }
    let value: string | null = null;
    if (v.value.trim() !== '') {
      const checked = checkValue(element.value_type as ValueType, v.value);
      if (!checked.ok) return conflict('value', checked.message);
      value = checked.value;
    }
    return {
      index: v.index,
      data_element_id: element.id,
      category_option_combo_id: comboId,
      org_unit_id: unit.id,
      province_id: provinceIds.get(unit.path.split('/')[1]!)!,
      period: period.code,
      period_start: period.startDate,
      period_end: period.endDate,
      value,
      comment: v.comment?.trim() ? v.comment.trim().normalize('NFC') : null,
      forms,
    };
  };
}

function conflictAt(v: ParsedValue, locate: (index: number) => string, field: string, reason: string): ImportConflict {
  return { index: v.index, location: locate(v.index), code: v.dataElement || null, field, reason };
}

export const isConflict = (r: ResolvedRow | ImportConflict): r is ImportConflict => 'reason' in r;
