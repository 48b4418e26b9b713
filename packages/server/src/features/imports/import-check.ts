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

export interface FormRef {
  id: number;
  name: string;
}

/** A row that passed every check, resolved to ids; `value` null means delete. */
export interface ResolvedRow {
  index: number;
  /** `elementId|comboId|orgUnitId|period`: the cell's identity. */
  key: string;
  data_element_id: number;
  category_option_combo_id: number;
  org_unit_id: number;
  province_id: number;
  period: string;
  period_start: string;
  period_end: string;
  value: string | null;
  comment: string | null;
  /** Forms the value belongs to, for the workflow check. */
  forms: FormRef[];
}

type Element = ImportContextRows['elements'][number];
type Unit = ImportContextRows['units'][number];

/** What every value of one element, org unit and period shares: resolved once, however many rows name it. */
type CellContext =
  | { element: Element; unit: Unit; period: Period; forms: FormRef[]; provinceId: number }
  | { field: string; reason: string };

/** Indexes the metadata once; each row then costs two map look-ups and its value check. */
export function importChecker(rows: ImportContextRows, actor: Actor, now: Date) {
  const resolveContext = contextResolver(rows, actor, vietnamDate(now));
  const combos = new Map<number, Map<string, number>>();
  for (const c of rows.combos) {
    if (!combos.has(c.category_combo_id)) combos.set(c.category_combo_id, new Map());
    combos.get(c.category_combo_id)!.set(c.code, c.id);
  }
  const contexts = new Map<string, CellContext>();

  /** Resolves one parsed value, or says why it cannot be stored. */
  return (v: ParsedValue, locate: (index: number) => string): ResolvedRow | ImportConflict => {
    const contextKey = `${v.dataElement}\u0000${v.orgUnit}\u0000${v.period}`;
    let context = contexts.get(contextKey);
    if (!context) contexts.set(contextKey, (context = resolveContext(v)));
    if ('reason' in context) return conflictAt(v, locate, context.field, context.reason);
    const { element, unit, period } = context;
    const comboId = combos.get(element.category_combo_id)?.get(v.categoryOptionCombo || 'default');
    if (comboId === undefined) return conflictAt(v, locate, 'categoryOptionCombo', m.unknownCombo(v.categoryOptionCombo, v.dataElement));
    let value: string | null = null;
    if (v.value.trim() !== '') {
      const checked = checkValue(element.value_type as ValueType, v.value);
      if (!checked.ok) return conflictAt(v, locate, 'value', checked.message);
      value = checked.value;
    }
    return {
      index: v.index,
      key: `${element.id}|${comboId}|${unit.id}|${period.code}`,
      data_element_id: element.id,
      category_option_combo_id: comboId,
      org_unit_id: unit.id,
      province_id: context.provinceId,
      period: period.code,
      period_start: period.startDate,
      period_end: period.endDate,
      value,
      comment: v.comment?.trim() ? v.comment.trim().normalize('NFC') : null,
      forms: context.forms,
    };
  };
}

/** Checks what one element, org unit and period share: codes, scope, unit validity, forms and entry windows. */
function contextResolver(rows: ImportContextRows, actor: Actor, today: string) {
  const elements = new Map(rows.elements.map((e) => [e.code, e]));
  const units = new Map(rows.units.map((u) => [u.code, u]));
  const provinceIds = new Map(rows.units.filter((u) => u.path.split('/').length === 3).map((u) => [u.code, u.id]));
  const assigned = new Set(rows.assignments.map((a) => `${a.data_set_id}|${a.org_unit_id}`));
  return (v: ParsedValue): CellContext => {
    const element = elements.get(v.dataElement);
    if (!element) return { field: 'dataElement', reason: m.unknownElement(v.dataElement) };
    const unit = units.get(v.orgUnit);
    if (!unit) return { field: 'orgUnit', reason: m.unknownOrgUnit(v.orgUnit) };
    if (!may(actor, 'enter', unit.path)) return { field: 'orgUnit', reason: m.outsideScope(unit.name) };
    const period = tryParsePeriod(v.period);
    if (!period) return { field: 'period', reason: m.badPeriod(v.period) };
    if (!unitOpenDuring(unit, period)) return { field: 'orgUnit', reason: m.unitNotOpen(unit.name, period.code) };
    const forms = rows.forms.filter((f) => f.data_element_id === element.id && f.period_type === period.type && assigned.has(`${f.id}|${unit.id}`));
    if (forms.length === 0) return { field: 'dataElement', reason: m.notInForm(v.dataElement, unit.name, v.period) };
    for (const f of forms) {
      const window = entryWindow({ dueDay: f.due_day, openDaysAfterPeriod: f.open_days_after_period }, period);
      const state = entryState(window, period, today);
      if (state === 'FUTURE') return { field: 'period', reason: m.future(period.code) };
      if (state === 'CLOSED' && !actor.canEditExpired) return { field: 'period', reason: m.closed(period.code, formatViDate(window.closesOn)) };
    }
    const provinceId = provinceIds.get(unit.path.split('/')[1]!)!;
    return { element, unit, period, forms: forms.map((f) => ({ id: f.id, name: f.name })), provinceId };
  };
}

function conflictAt(v: ParsedValue, locate: (index: number) => string, field: string, reason: string): ImportConflict {
  return { index: v.index, location: locate(v.index), code: v.dataElement || null, field, reason };
}

export const isConflict = (r: ResolvedRow | ImportConflict): r is ImportConflict => 'reason' in r;
