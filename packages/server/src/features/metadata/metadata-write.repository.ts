import type { CategoryOptionCombo, MetadataPackage } from '@syt/core/metadata/types.ts';
import { storedUid } from './stored-uid.ts';
import { idsByCode, upsertByCode, type Executor } from './upsert.ts';

/** Writes a (checked) package: every object upserted by code, child lists replaced. */
export async function writePackage(db: Executor, pkg: MetadataPackage, optionCombos: CategoryOptionCombo[]) {
  await writeCategories(db, pkg);
  await writeCombos(db, pkg, optionCombos);
  const comboIds = await idsByCode(db, 'category_combo');
  for (const de of pkg.dataElements) {
    await upsertByCode(db, 'data_element', {
      code: de.code,
      uid: storedUid('dataElement', de),
      name: de.name,
      short_name: de.shortName ?? null,
      value_type: de.valueType,
      aggregation_type: de.aggregationType,
      category_combo_id: comboIds.get(de.categoryCombo)!,
      description: de.description ?? null,
    });
  }
  await writeDataSets(db, pkg);
  for (const ind of pkg.indicators) {
    const { code, name, expression, decimals } = ind;
    await upsertByCode(db, 'indicator', {
      code,
      uid: storedUid('indicator', ind),
      name,
      expression,
      decimals,
      description: ind.description ?? null,
      target_group: ind.targetGroup ?? null,
    });
  }
  for (const r of pkg.validationRules) {
    await upsertByCode(db, 'validation_rule', {
      code: r.code,
      uid: storedUid('validationRule', r),
      name: r.name,
      left_side: r.left,
      operator: r.operator,
      right_side: r.right,
      importance: r.importance,
      missing_value_strategy: r.missingValueStrategy,
      period_type: r.periodType,
      message: r.message,
    });
  }
  await writeDiseases(db, pkg);
}

async function writeCategories(db: Executor, pkg: MetadataPackage) {
  for (const category of pkg.categories) {
    const categoryId = await upsertByCode(db, 'category', {
      code: category.code,
      uid: storedUid('category', category),
      name: category.name,
    });
    for (const [i, option] of category.options.entries()) {
      await upsertByCode(db, 'category_option', {
        code: option.code,
        uid: storedUid('categoryOption', option),
        name: option.name,
        category_id: categoryId,
        sort_order: i + 1,
      });
    }
  }
}

async function writeCombos(db: Executor, pkg: MetadataPackage, optionCombos: CategoryOptionCombo[]) {
  const categoryIds = await idsByCode(db, 'category');
  for (const combo of pkg.categoryCombos) {
    const comboId = await upsertByCode(db, 'category_combo', {
      code: combo.code,
      uid: storedUid('categoryCombo', combo),
      name: combo.name,
    });
    await db.deleteFrom('category_combo_category').where('category_combo_id', '=', comboId).execute();
    for (const [i, categoryCode] of combo.categories.entries()) {
      await db
        .insertInto('category_combo_category')
        .values({ category_combo_id: comboId, category_id: categoryIds.get(categoryCode)!, sort_order: i + 1 })
        .execute();
    }
    // Option combos are only ever added: stored values may point at the existing ones.
    for (const coc of optionCombos.filter((c) => c.categoryCombo === combo.code)) {
      await db
        .insertInto('category_option_combo')
        .values({
          code: coc.code,
          uid: storedUid('categoryOptionCombo', coc),
          name: coc.name,
          category_combo_id: comboId,
          option_codes: coc.options.join(','),
        })
        .onConflict((oc) => oc.columns(['category_combo_id', 'code']).doUpdateSet({ name: coc.name }))
        .execute();
    }
  }
}

async function writeDataSets(db: Executor, pkg: MetadataPackage) {
  const elementIds = await idsByCode(db, 'data_element');
  for (const ds of pkg.dataSets) {
    const dataSetId = await upsertByCode(db, 'data_set', {
      code: ds.code,
      uid: storedUid('dataSet', ds),
      name: ds.name,
      period_type: ds.periodType,
      due_day: ds.dueDay,
      open_days_after_period: ds.openDaysAfterPeriod,
      org_unit_level: ds.orgUnitLevel,
    });
    const oldSections = db.selectFrom('data_set_section').select('id').where('data_set_id', '=', dataSetId);
    await db.deleteFrom('data_set_section_element').where('section_id', 'in', oldSections).execute();
    await db.deleteFrom('data_set_section').where('data_set_id', '=', dataSetId).execute();
    for (const [i, section] of ds.sections.entries()) {
      const { id: sectionId } = await db
        .insertInto('data_set_section')
        .values({ data_set_id: dataSetId, code: section.code, name: section.name, sort_order: i + 1 })
        .returning('id')
        .executeTakeFirstOrThrow();
      const rows = section.dataElements.map((code, j) => ({
        section_id: Number(sectionId),
        data_element_id: elementIds.get(code)!,
        sort_order: j + 1,
      }));
      if (rows.length) await db.insertInto('data_set_section_element').values(rows).execute();
    }
  }
}

async function writeDiseases(db: Executor, pkg: MetadataPackage) {
  const elementIds = await idsByCode(db, 'data_element');
  for (const d of pkg.diseases) {
    const diseaseId = await upsertByCode(db, 'disease', {
      code: d.code,
      name: d.name,
      report_order: d.reportOrder,
      watch_order: d.watchOrder,
      cases_element_id: elementIds.get(d.casesElement)!,
      deaths_element_id: elementIds.get(d.deathsElement)!,
      immediate: d.immediate ? 1 : 0,
      max_incubation_days: d.maxIncubationDays,
      threshold_method: d.thresholdMethod,
    });
    await db.deleteFrom('disease_group').where('disease_id', '=', diseaseId).execute();
    for (const [i, g] of d.groups.entries()) {
      await db
        .insertInto('disease_group')
        .values({ disease_id: diseaseId, disease_group: g.group, valid_from: g.validFrom, valid_to: g.validTo, sort_order: i + 1 })
        .execute();
    }
  }
}
