import type {
  AggregationType,
  Category,
  CategoryCombo,
  CategoryOptionCombo,
  DataElement,
  DataSet,
  Disease,
  DiseaseGroup,
  DiseaseThresholdMethod,
  Importance,
  Indicator,
  MetadataPackage,
  MissingValueStrategy,
  Operator,
  PeriodType,
  ValidationRule,
  ValueType,
} from '@syt/core/metadata/types.ts';
import { declaredUid } from './stored-uid.ts';
import type { Executor } from './upsert.ts';

/** Reads the whole metadata package, every list in a stable order (insertion, then position). */
export async function readPackage(db: Executor): Promise<MetadataPackage> {
  const [categories, categoryCombos, dataElements, dataSets, indicators, validationRules, diseases] = await Promise.all(
    [
      readCategories(db),
      readCombos(db),
      readDataElements(db),
      readDataSets(db),
      readIndicators(db),
      readValidationRules(db),
      readDiseases(db),
    ],
  );
  return { categories, categoryCombos, dataElements, dataSets, indicators, validationRules, diseases };
}

async function readCategories(db: Executor): Promise<Category[]> {
  const categories = await db.selectFrom('category').selectAll().orderBy('id').execute();
  const options = await db
    .selectFrom('category_option')
    .selectAll()
    .orderBy('category_id')
    .orderBy('sort_order')
    .execute();
  return categories.map((c) => ({
    code: c.code,
    ...declaredUid('category', c.code, c.uid),
    name: c.name,
    options: options
      .filter((o) => o.category_id === c.id)
      .map((o) => ({ code: o.code, ...declaredUid('categoryOption', o.code, o.uid), name: o.name })),
  }));
}

async function readCombos(db: Executor): Promise<CategoryCombo[]> {
  const combos = await db.selectFrom('category_combo').selectAll().orderBy('id').execute();
  const links = await db
    .selectFrom('category_combo_category as l')
    .innerJoin('category as c', 'c.id', 'l.category_id')
    .select(['l.category_combo_id', 'c.code'])
    .orderBy('l.category_combo_id')
    .orderBy('l.sort_order')
    .execute();
  return combos.map((c) => ({
    code: c.code,
    ...declaredUid('categoryCombo', c.code, c.uid),
    name: c.name,
    categories: links.filter((l) => l.category_combo_id === c.id).map((l) => l.code),
  }));
}

/** The generated option combos, as stored. */
export async function readOptionCombos(db: Executor): Promise<CategoryOptionCombo[]> {
  const rows = await db
    .selectFrom('category_option_combo as coc')
    .innerJoin('category_combo as cc', 'cc.id', 'coc.category_combo_id')
    .select(['coc.code', 'coc.uid', 'coc.name', 'cc.code as combo', 'coc.option_codes'])
    .orderBy('coc.id')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    ...declaredUid('categoryOptionCombo', r.code, r.uid),
    name: r.name,
    categoryCombo: r.combo,
    options: r.option_codes ? r.option_codes.split(',') : [],
  }));
}

async function readDataElements(db: Executor): Promise<DataElement[]> {
  const rows = await db
    .selectFrom('data_element as de')
    .innerJoin('category_combo as cc', 'cc.id', 'de.category_combo_id')
    .select([
      'de.code',
      'de.uid',
      'de.name',
      'de.short_name',
      'de.value_type',
      'de.aggregation_type',
      'cc.code as combo',
      'de.description',
    ])
    .orderBy('de.id')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    ...declaredUid('dataElement', r.code, r.uid),
    name: r.name,
    ...(r.short_name ? { shortName: r.short_name } : {}),
    valueType: r.value_type as ValueType,
    aggregationType: r.aggregation_type as AggregationType,
    categoryCombo: r.combo,
    ...(r.description ? { description: r.description } : {}),
  }));
}

async function readDataSets(db: Executor): Promise<DataSet[]> {
  const sets = await db.selectFrom('data_set').selectAll().orderBy('id').execute();
  const sections = await db
    .selectFrom('data_set_section')
    .selectAll()
    .orderBy('data_set_id')
    .orderBy('sort_order')
    .execute();
  const members = await db
    .selectFrom('data_set_section_element as l')
    .innerJoin('data_element as de', 'de.id', 'l.data_element_id')
    .select(['l.section_id', 'de.code'])
    .orderBy('l.section_id')
    .orderBy('l.sort_order')
    .execute();
  return sets.map((s) => ({
    code: s.code,
    ...declaredUid('dataSet', s.code, s.uid),
    name: s.name,
    periodType: s.period_type as PeriodType,
    dueDay: s.due_day,
    openDaysAfterPeriod: s.open_days_after_period,
    orgUnitLevel: s.org_unit_level,
    sections: sections
      .filter((sec) => sec.data_set_id === s.id)
      .map((sec) => ({
        code: sec.code,
        name: sec.name,
        dataElements: members.filter((m) => m.section_id === sec.id).map((m) => m.code),
      })),
  }));
}

async function readIndicators(db: Executor): Promise<Indicator[]> {
  const rows = await db.selectFrom('indicator').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    code: r.code,
    ...declaredUid('indicator', r.code, r.uid),
    name: r.name,
    expression: r.expression,
    decimals: r.decimals,
    ...(r.description ? { description: r.description } : {}),
    ...(r.target_group ? { targetGroup: r.target_group } : {}),
  }));
}

async function readValidationRules(db: Executor): Promise<ValidationRule[]> {
  const rows = await db.selectFrom('validation_rule').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    code: r.code,
    ...declaredUid('validationRule', r.code, r.uid),
    name: r.name,
    left: r.left_side,
    operator: r.operator as Operator,
    right: r.right_side,
    importance: r.importance as Importance,
    missingValueStrategy: r.missing_value_strategy as MissingValueStrategy,
    periodType: r.period_type as PeriodType,
    message: r.message,
  }));
}

async function readDiseases(db: Executor): Promise<Disease[]> {
  const rows = await db
    .selectFrom('disease as d')
    .innerJoin('data_element as c', 'c.id', 'd.cases_element_id')
    .innerJoin('data_element as x', 'x.id', 'd.deaths_element_id')
    .select([
      'd.id',
      'd.code',
      'd.name',
      'd.report_order',
      'd.watch_order',
      'c.code as cases',
      'x.code as deaths',
      'd.immediate',
      'd.max_incubation_days',
      'd.threshold_method',
    ])
    .orderBy('d.id')
    .execute();
  const groups = await db.selectFrom('disease_group').selectAll().orderBy('disease_id').orderBy('sort_order').execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    groups: groups
      .filter((g) => g.disease_id === r.id)
      .map((g) => ({ group: g.disease_group as DiseaseGroup, validFrom: g.valid_from, validTo: g.valid_to })),
    reportOrder: r.report_order,
    watchOrder: r.watch_order,
    casesElement: r.cases,
    deathsElement: r.deaths,
    immediate: Number(r.immediate) === 1,
    maxIncubationDays: Number(r.max_incubation_days),
    thresholdMethod: r.threshold_method as DiseaseThresholdMethod,
  }));
}
