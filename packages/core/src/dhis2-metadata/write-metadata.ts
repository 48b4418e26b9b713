/**
 * Writes SYT's metadata as DHIS2 metadata JSON, every object with its UID. DHIS2's built-in default combo and
 * option combo are referenced by their UIDs, not written: every DHIS2 instance has them.
 */
import { DEFAULT_COMBO, type DataSet, type Indicator, type OrgUnit, type ValidationRule } from '../metadata/types.ts';
import { uidFor, uidOf } from '../metadata/uid.ts';
import type { MetadataSnapshot } from './dhis2-context.ts';
import { translateExpression, type IdTranslation } from './dhis2-expressions.ts';
import { DHIS2_OPERATORS } from './read-rules.ts';

type Json = Record<string, unknown>;
const ref = (id: string) => ({ id });
const short = (name: string) => name.slice(0, 50);

/** SYT's one indicator type: the expression already holds its factor. */
export const NUMBER_INDICATOR_TYPE = { id: uidFor('indicatorType', 'NUMBER'), name: 'Số', factor: 1, number: true };

/** The whole metadata as one DHIS2 metadata document. */
export function writeDhis2Metadata(m: MetadataSnapshot): Record<string, Json[]> {
  const optionUid = new Map(
    m.categories.flatMap((c) => c.options.map((o) => [o.code, uidOf('categoryOption', o)] as const)),
  );
  const categoryUid = new Map(m.categories.map((c) => [c.code, uidOf('category', c)]));
  const comboUid = new Map(m.categoryCombos.map((c) => [c.code, uidOf('categoryCombo', c)]));
  const elementUid = new Map(m.dataElements.map((e) => [e.code, uidOf('dataElement', e)]));
  const unitUid = new Map(m.orgUnits.map((u) => [u.code, uidOf('orgUnit', u)]));
  const ids = expressionIds(m, elementUid);
  const combos = m.categoryCombos.filter((c) => c.code !== DEFAULT_COMBO);
  return {
    categoryOptions: m.categories.flatMap((c) =>
      c.options.map((o) => ({ id: optionUid.get(o.code), code: o.code, name: o.name, shortName: short(o.name) })),
    ),
    categories: m.categories.map((c) => ({
      id: categoryUid.get(c.code),
      code: c.code,
      name: c.name,
      shortName: short(c.name),
      dataDimensionType: 'DISAGGREGATION',
      categoryOptions: c.options.map((o) => ref(optionUid.get(o.code)!)),
    })),
    categoryCombos: combos.map((c) => ({
      id: comboUid.get(c.code),
      code: c.code,
      name: c.name,
      dataDimensionType: 'DISAGGREGATION',
      categories: c.categories.map((x) => ref(categoryUid.get(x)!)),
    })),
    categoryOptionCombos: m.categoryOptionCombos
      .filter((oc) => oc.categoryCombo !== DEFAULT_COMBO)
      .map((oc) => ({
        id: uidOf('categoryOptionCombo', oc),
        code: oc.code,
        name: oc.name,
        categoryCombo: ref(comboUid.get(oc.categoryCombo)!),
        categoryOptions: oc.options.map((o) => ref(optionUid.get(o)!)),
      })),
    dataElements: m.dataElements.map((e) => ({
      id: elementUid.get(e.code),
      code: e.code,
      name: e.name,
      ...(e.shortName ? { shortName: e.shortName } : {}),
      ...(e.description ? { description: e.description } : {}),
      valueType: e.valueType,
      aggregationType: e.aggregationType,
      domainType: 'AGGREGATE',
      categoryCombo: ref(comboUid.get(e.categoryCombo)!),
    })),
    organisationUnits: m.orgUnits.map((u) => orgUnit(u, unitUid)),
    dataSets: m.dataSets.map((d) =>
      dataSet(
        d,
        elementUid,
        (m.dataSetAssignments[d.code] ?? []).map((u) => ref(unitUid.get(u)!)),
      ),
    ),
    sections: m.dataSets.flatMap((d) =>
      d.sections.map((s, i) => ({
        id: uidFor('section', s.code),
        code: s.code,
        name: s.name,
        sortOrder: i + 1,
        dataSet: ref(uidOf('dataSet', d)),
        dataElements: s.dataElements.map((e) => ref(elementUid.get(e)!)),
      })),
    ),
    indicatorTypes: m.indicators.length ? [NUMBER_INDICATOR_TYPE] : [],
    indicators: m.indicators.map((i) => indicator(i, ids)),
    validationRules: m.validationRules.map((r) => validationRule(r, ids)),
  };
}

function orgUnit(u: OrgUnit, unitUid: Map<string, string>): Json {
  return {
    id: unitUid.get(u.code),
    code: u.code,
    name: u.name,
    shortName: short(u.name),
    level: u.level,
    ...(u.parent ? { parent: ref(unitUid.get(u.parent)!) } : {}),
    openingDate: u.openingDate,
    ...(u.closingDate ? { closedDate: u.closingDate } : {}),
  };
}

/** Due day and open days as DHIS2's timely and expiry days, both counted from the end of the period. */
function dataSet(d: DataSet, elementUid: Map<string, string>, organisationUnits: { id: string }[]): Json {
  return {
    id: uidOf('dataSet', d),
    code: d.code,
    name: d.name,
    periodType: d.periodType,
    timelyDays: d.dueDay,
    expiryDays: d.dueDay + d.openDaysAfterPeriod,
    dataSetElements: d.sections.flatMap((s) => s.dataElements.map((e) => ({ dataElement: ref(elementUid.get(e)!) }))),
    organisationUnits,
    sections: d.sections.map((s) => ref(uidFor('section', s.code))),
  };
}

function indicator(i: Indicator, ids: IdTranslation): Json {
  return {
    id: uidOf('indicator', i),
    code: i.code,
    name: i.name,
    shortName: short(i.name),
    ...(i.description ? { description: i.description } : {}),
    numerator: translateExpression(i.expression, ids).text,
    denominator: '1',
    indicatorType: ref(NUMBER_INDICATOR_TYPE.id),
    decimals: i.decimals,
  };
}

const OPERATOR_NAMES = Object.fromEntries(Object.entries(DHIS2_OPERATORS).map(([name, op]) => [op, name]));

function validationRule(r: ValidationRule, ids: IdTranslation): Json {
  const side = (expression: string) => ({
    expression: translateExpression(expression, ids).text,
    missingValueStrategy: r.missingValueStrategy,
  });
  return {
    id: uidOf('validationRule', r),
    code: r.code,
    name: r.name,
    instruction: r.message,
    importance: r.importance,
    operator: OPERATOR_NAMES[r.operator],
    periodType: r.periodType,
    leftSide: side(r.left),
    rightSide: side(r.right),
  };
}

/** SYT codes in expressions to UIDs: elements, and option combos within the element's combo. */
function expressionIds(m: MetadataSnapshot, elementUid: Map<string, string>): IdTranslation {
  const comboOf = new Map(m.dataElements.map((e) => [e.code, e.categoryCombo]));
  const optionComboUid = new Map(
    m.categoryOptionCombos.map((oc) => [`${oc.categoryCombo}.${oc.code}`, uidOf('categoryOptionCombo', oc)]),
  );
  return {
    element: (code) => elementUid.get(code),
    optionCombo: (element, code) => optionComboUid.get(`${comboOf.get(element)}.${code}`),
  };
}
