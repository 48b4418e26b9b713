import type { ImportConflict } from '@syt/core/api/contract.ts';
import { entryState, entryWindow, vietnamDate } from '@syt/core/completeness/index.ts';
import { checkValue } from '@syt/core/datavalue/value-type.ts';
import { JUDGED_VALUE_TYPES, judgeValue, type Bounds, type Judgement } from '@syt/core/quality/index.ts';
import type { ParsedValue } from '@syt/core/interchange/index.ts';
import type { IdScheme } from '@syt/core/interchange/import-options.ts';
import { AT_LOCATION, interchangeMessages, parseDhis2Period } from '@syt/core/interchange/index.ts';
import { DEFAULT_ATTRIBUTE_COMBO_ID, DEFAULT_OPTION_COMBO, type ValueType } from '@syt/core/metadata/types.ts';
import { tryParsePeriod, type Period } from '@syt/core/period/index.ts';
import { formatViDate } from '@syt/core/vi/date.ts';
import type { DataValueAuditTable, DataValueTable } from '../../db/schema.ts';
import { may, type Actor } from '../access/access.policy.ts';
import { unitOpenDuring } from '../data-entry/cell.service.ts';
import { dataEntryMessages } from '../data-entry/data-entry.messages.ts';
import type { IdentifierTranslator } from './id-translation.ts';
import type { ImportContextRows } from './import-context.repository.ts';
import { importMessages as m } from './import.messages.ts';

/** Fields of a value that a DHIS2 file may set, as it gives them. */
export interface StatedFields {
  followUp: number | null;
  storedBy: string | null;
  created: string | null;
  lastUpdated: string | null;
}

/** How the checker reads identifiers, and whether every value of the file is a deletion (importStrategy DELETE). */
export interface CheckOptions {
  translate: IdentifierTranslator;
  deleteAll: boolean;
}

export interface FormRef {
  id: number;
  code: string;
  name: string;
}

/** Columns the write plan fills in: the value's bookkeeping and its audit row. */
type PlannedColumns = Pick<DataValueTable, 'stored_by' | 'created_at' | 'updated_at' | 'import_id'> &
  Pick<DataValueAuditTable, 'action' | 'old_value' | 'new_value' | 'old_comment' | 'new_comment' | 'changed_by' | 'changed_at'>;

/** A row that passed every check, resolved to ids; `value` null means delete. */
export interface ResolvedRow extends PlannedColumns {
  index: number;
  /** `elementId|comboId|attributeComboId|orgUnitId|period`: the value's identity. */
  key: string;
  data_element_id: number;
  category_option_combo_id: number;
  /** The attribute option combo's id, 0 (DEFAULT_ATTRIBUTE_COMBO_ID) for a value without attribute. */
  attribute_option_combo_id: number;
  org_unit_id: number;
  province_id: number;
  period: string;
  period_start: string;
  period_end: string;
  value: string | null;
  comment: string | null;
  /** 1: the value lies outside its min–max bounds and is marked for follow-up, as a cell saved in the grid is. */
  follow_up: number;
  /** What the file states (DHIS2's followup, storedBy, created, lastUpdated); null where it says nothing. */
  stated: StatedFields;
  /** Forms the value belongs to, for the workflow check. */
  forms: FormRef[];
}

type Element = ImportContextRows['elements'][number];
type Unit = ImportContextRows['units'][number];

/** What a value's element, org unit and period resolve to, or why they cannot take a value. */
type CellContext =
  | { element: Element; unit: Unit; period: Period; forms: FormRef[]; provinceId: number }
  | { field: string; reason: string };

/** Indexes the metadata once; each row then costs a few map look-ups and its value check. */
export function importChecker(rows: ImportContextRows, actor: Actor, now: Date, options: CheckOptions) {
  const { translate } = options;
  const resolveContext = contextResolver(rows, actor, vietnamDate(now));
  const boundsOf = boundsIndex(rows.bounds);
  const combos = new Map<number, Map<string, number>>();
  for (const c of rows.combos) {
    if (!combos.has(c.category_combo_id)) combos.set(c.category_combo_id, new Map());
    combos.get(c.category_combo_id)!.set(c.code, c.id);
  }

  /** Resolves one parsed value, or says why it cannot be stored. */
  return (v: ParsedValue, locate: (index: number) => string): ResolvedRow | ImportConflict => {
    const codes = translated(v, translate);
    if ('reason' in codes) return conflictAt(v, locate, codes.field, codes.reason);
    const context = resolveContext(codes);
    if ('reason' in context) return conflictAt(v, locate, context.field, context.reason);
    const { element, unit, period } = context;
    const comboId = combos.get(element.category_combo_id)?.get(codes.categoryOptionCombo || 'default');
    if (comboId === undefined) return conflictAt(v, locate, 'categoryOptionCombo', m.unknownCombo(v.categoryOptionCombo, v.dataElement));
    const attributeComboId = attributeCombo(v, translate);
    if (attributeComboId === undefined) {
      return conflictAt(v, locate, 'attributeOptionCombo', m.unknownAttributeCombo(describeAttribute(v)));
    }
    const deleting = options.deleteAll || v.deleted === true;
    let value: string | null = null;
    if (!deleting && v.value.trim() !== '') {
      const checked = checkValue(element.value_type as ValueType, v.value);
      if (!checked.ok) return conflictAt(v, locate, 'value', checked.message);
      value = checked.value;
    }
    const judgement = value !== null && JUDGED_VALUE_TYPES.has(element.value_type) ? judgeValue(Number(value), boundsOf(element.id, comboId, unit.id, period)) : WITHIN;
    if (judgement.kind === 'absurd') return conflictAt(v, locate, 'value', dataEntryMessages.absurdValue(value!, judgement.cap));
    return {
      index: v.index,
      key: `${element.id}|${comboId}|${attributeComboId}|${unit.id}|${period.code}`,
      data_element_id: element.id,
      category_option_combo_id: comboId,
      attribute_option_combo_id: attributeComboId,
      org_unit_id: unit.id,
      province_id: context.provinceId,
      period: period.code,
      period_start: period.startDate,
      period_end: period.endDate,
      value,
      comment: v.comment?.trim() ? v.comment.trim().normalize('NFC') : null,
      follow_up: v.followup !== undefined ? Number(v.followup) : judgement.kind === 'outside' ? 1 : 0,
      stated: {
        followUp: v.followup === undefined ? null : Number(v.followup),
        storedBy: v.storedBy?.trim() || null,
        created: v.created ?? null,
        lastUpdated: v.lastUpdated ?? null,
      },
      forms: context.forms,
      // Filled in when the write is planned; declared here so every row keeps one shape.
      stored_by: '', created_at: '', updated_at: '', import_id: null, action: 'CREATE', old_value: null, new_value: null,
      old_comment: null, new_comment: null, changed_by: '', changed_at: '',
    };
  };
}

const WITHIN: Judgement = { kind: 'within' };

/** The value with SYT's codes in place of the file's identifiers, or the field whose identifier names nothing. */
function translated(v: ParsedValue, translate: IdentifierTranslator): CellCodes | { field: string; reason: string } {
  const { schemes } = translate;
  // Under codes the usual checks name what is unknown; under UIDs and names no object goes by the identifier.
  const unknown = (field: 'dataElement' | 'orgUnit' | 'categoryOptionCombo', scheme: IdScheme, id: string) => ({
    field,
    reason: m.unknownIdentifier(field, scheme, id),
  });
  const dataElement = translate.dataElement(v.dataElement);
  if (dataElement === undefined) return unknown('dataElement', schemes.dataElement, v.dataElement);
  const orgUnit = translate.orgUnit(v.orgUnit);
  if (orgUnit === undefined) return unknown('orgUnit', schemes.orgUnit, v.orgUnit);
  const combo = v.categoryOptionCombo && v.categoryOptionCombo !== DEFAULT_OPTION_COMBO ? v.categoryOptionCombo : undefined;
  const categoryOptionCombo = combo === undefined ? DEFAULT_OPTION_COMBO : translate.categoryOptionCombo(combo);
  if (categoryOptionCombo === undefined) return unknown('categoryOptionCombo', schemes.categoryOptionCombo, combo!);
  // Only the identifiers: a copy of the whole value, a million times, was most of the check's garbage.
  return { dataElement, orgUnit, categoryOptionCombo, period: v.period };
}

/** A value's identifiers as SYT's codes. */
type CellCodes = Pick<ParsedValue, 'dataElement' | 'orgUnit' | 'categoryOptionCombo' | 'period'>;

/** The attribute option combo's id: 0 for none, undefined when the file names one SYT does not have. */
function attributeCombo(v: ParsedValue, translate: IdentifierTranslator): number | undefined {
  if (v.attributeOptionCombo !== undefined) return translate.attributeOptionCombo(v.attributeOptionCombo);
  if (v.attributeOptions && Object.keys(v.attributeOptions).length) return translate.attributeOptions(v.attributeOptions);
  return DEFAULT_ATTRIBUTE_COMBO_ID;
}

const describeAttribute = (v: ParsedValue) =>
  v.attributeOptionCombo ?? Object.entries(v.attributeOptions ?? {}).map(([c, o]) => `${c}=${o}`).join(', ');

/** A cell's bounds for a period: the pair for every month (0) or the one for the period's month of the year. */
function boundsIndex(rows: ImportContextRows['bounds']) {
  const index = new Map<string, Bounds>();
  const bounded = new Set<number>();
  for (const b of rows) {
    index.set(`${b.data_element_id}|${b.category_option_combo_id}|${b.org_unit_id}|${b.month}`, { min: b.min_value, max: b.max_value });
    bounded.add(b.data_element_id);
  }
  return (elementId: number, comboId: number, unitId: number, period: Period): Bounds | undefined => {
    // Most elements have no bounds anywhere: no key strings to build for their values.
    if (!bounded.has(elementId)) return undefined;
    const series = `${elementId}|${comboId}|${unitId}`;
    return index.get(`${series}|0`) ?? (period.type === 'Monthly' ? index.get(`${series}|${period.index}`) : undefined);
  };
}

/**
 * Checks codes, scope, unit validity, forms and entry windows. A million rows name a few hundred periods,
 * units, forms and windows: each of those is worked out once and remembered.
 */
function contextResolver(rows: ImportContextRows, actor: Actor, today: string) {
  const elements = new Map(rows.elements.map((e) => [e.code, e]));
  const provinceIds = new Map(rows.units.filter((u) => u.path.split('/').length === 3).map((u) => [u.code, u.id]));
  const units = new Map(
    rows.units.map((u) => [u.code, { unit: u, allowed: may(actor, 'enter', u.path), provinceId: provinceIds.get(u.path.split('/')[1]!)! }]),
  );
  const assigned = new Set(rows.assignments.map((a) => `${a.data_set_id}|${a.org_unit_id}`));
  const formsByElement = new Map<number, ImportContextRows['forms']>();
  for (const f of rows.forms) formsByElement.set(f.data_element_id, [...(formsByElement.get(f.data_element_id) ?? []), f]);
  const periods = new Map<string, Period | null>();
  // Keyed by the remembered objects and by ids: no key string to build for each of a million values.
  const formsOf = new Map<Element, Map<Unit, Map<string, FormRef[]>>>();
  const windows = new Map<number, Map<Period, { field: string; reason: string } | null>>();

  const formsFor = (element: Element, unit: Unit, period: Period) => {
    let byUnit = formsOf.get(element);
    if (!byUnit) formsOf.set(element, (byUnit = new Map()));
    let byType = byUnit.get(unit);
    if (!byType) byUnit.set(unit, (byType = new Map()));
    let forms = byType.get(period.type);
    if (!forms) {
      forms = (formsByElement.get(element.id) ?? [])
        .filter((f) => f.period_type === period.type && assigned.has(`${f.id}|${unit.id}`))
        .map((f) => ({ id: f.id, code: f.code, name: f.name, due_day: f.due_day, open_days_after_period: f.open_days_after_period }));
      byType.set(period.type, forms);
    }
    return forms as (FormRef & { due_day: number; open_days_after_period: number })[];
  };
  const windowProblem = (form: FormRef & { due_day: number; open_days_after_period: number }, period: Period) => {
    let byPeriod = windows.get(form.id);
    if (!byPeriod) windows.set(form.id, (byPeriod = new Map()));
    if (!byPeriod.has(period)) {
      const window = entryWindow({ dueDay: form.due_day, openDaysAfterPeriod: form.open_days_after_period }, period);
      const state = entryState(window, period, today);
      byPeriod.set(
        period,
        state === 'FUTURE' ? { field: 'period', reason: m.future(period.code) }
          : state === 'CLOSED' && !actor.canEditExpired ? { field: 'period', reason: m.closed(period.code, formatViDate(window.closesOn)) }
            : null,
      );
    }
    return byPeriod.get(period)!;
  };

  return (v: CellCodes): CellContext => {
    const element = elements.get(v.dataElement);
    if (!element) return { field: 'dataElement', reason: m.unknownElement(v.dataElement) };
    const found = units.get(v.orgUnit);
    if (!found) return { field: 'orgUnit', reason: m.unknownOrgUnit(v.orgUnit) };
    const { unit, allowed, provinceId } = found;
    if (!allowed) return { field: 'orgUnit', reason: m.outsideScope(unit.name) };
    if (!periods.has(v.period)) periods.set(v.period, tryParsePeriod(v.period));
    const period = periods.get(v.period);
    if (!period) {
      const dhis2 = parseDhis2Period(v.period);
      if (dhis2) return { field: 'period', reason: interchangeMessages.unsupportedPeriodType(AT_LOCATION, dhis2.code, dhis2.type) };
      return { field: 'period', reason: m.badPeriod(v.period) };
    }
    if (!unitOpenDuring(unit, period)) return { field: 'orgUnit', reason: m.unitNotOpen(unit.name, period.code) };
    const forms = formsFor(element, unit, period);
    if (forms.length === 0) return { field: 'dataElement', reason: m.notInForm(v.dataElement, unit.name, v.period) };
    for (const f of forms) {
      const problem = windowProblem(f, period);
      if (problem) return problem;
    }
    return { element, unit, period, forms, provinceId };
  };
}

function conflictAt(v: ParsedValue, locate: (index: number) => string, field: string, reason: string): ImportConflict {
  return { index: v.index, location: locate(v.index), code: v.dataElement || null, field, reason };
}

export const isConflict = (r: ResolvedRow | ImportConflict): r is ImportConflict => 'reason' in r;
