import type { Executor } from '../metadata/upsert.ts';

/** Everything an import checks rows against, loaded once per file (metadata is small; values are not). */
export async function loadImportContext(db: Executor) {
  const [elements, combos, units, forms, assignments, bounds] = await Promise.all([
    db.selectFrom('data_element').select(['id', 'code', 'uid', 'name', 'value_type', 'category_combo_id']).execute(),
    db.selectFrom('category_option_combo').select(['id', 'code', 'uid', 'name', 'category_combo_id', 'option_codes']).execute(),
    db.selectFrom('org_unit').select(['id', 'code', 'uid', 'name', 'path', 'opening_date', 'closing_date']).execute(),
    db
      .selectFrom('data_set as ds')
      .innerJoin('data_set_section as s', 's.data_set_id', 'ds.id')
      .innerJoin('data_set_section_element as l', 'l.section_id', 's.id')
      .select(['ds.id', 'ds.code', 'ds.name', 'ds.period_type', 'ds.due_day', 'ds.open_days_after_period', 'l.data_element_id'])
      .execute(),
    db.selectFrom('data_set_org_unit').select(['data_set_id', 'org_unit_id']).execute(),
    // Bounded by metadata (elements × option combos × units × 13), not by the file.
    db
      .selectFrom('data_value_bound')
      .select(['data_element_id', 'category_option_combo_id', 'org_unit_id', 'month', 'min_value', 'max_value'])
      .execute(),
  ]);
  return { elements, combos, units, forms, assignments, bounds };
}

/** The data set a file names under a scheme (UID, code or name), or undefined when none goes by it. */
export async function findDataSet(db: Executor, scheme: 'UID' | 'CODE' | 'NAME', id: string) {
  const column = scheme === 'UID' ? 'uid' : scheme === 'NAME' ? 'name' : 'code';
  return db.selectFrom('data_set').select(['id', 'code', 'name']).where(column, '=', id).orderBy('id').executeTakeFirst();
}

export type ImportContextRows = Awaited<ReturnType<typeof loadImportContext>>;

/** Workflow rows of the forms an import touches, keyed `dataSetId|orgUnitId|period`. */
export async function loadReports(db: Executor, orgUnitIds: number[], periods: string[]) {
  const result = new Map<string, string>();
  for (const ids of chunks(orgUnitIds, 500)) {
    for (const ps of chunks(periods, 200)) {
      const rows = await db
        .selectFrom('data_set_report')
        .select(['data_set_id', 'org_unit_id', 'period', 'status'])
        .where('org_unit_id', 'in', ids)
        .where('period', 'in', ps)
        .execute();
      for (const r of rows) result.set(`${r.data_set_id}|${r.org_unit_id}|${r.period}`, r.status);
    }
  }
  return result;
}

/** Stored values of some org units and periods, keyed `elementId|comboId|attributeComboId|orgUnitId|period`. */
export async function loadExisting(db: Executor, orgUnitIds: number[], periods: string[]) {
  const result = new Map<string, { value: string; comment: string | null; follow_up: number }>();
  for (const ids of chunks(orgUnitIds, 500)) {
    for (const ps of chunks(periods, 200)) {
      const rows = await db
        .selectFrom('data_value')
        .select(['data_element_id', 'category_option_combo_id', 'attribute_option_combo_id', 'org_unit_id', 'period', 'value', 'comment', 'follow_up'])
        .where('org_unit_id', 'in', ids)
        .where('period', 'in', ps)
        .execute();
      for (const r of rows) {
        const key = `${r.data_element_id}|${r.category_option_combo_id}|${r.attribute_option_combo_id}|${r.org_unit_id}|${r.period}`;
        result.set(key, { value: r.value, comment: r.comment, follow_up: r.follow_up });
      }
    }
  }
  return result;
}

/** Codes and names of some org units, by id. */
export async function loadUnitNames(db: Executor, orgUnitIds: number[]) {
  const result = new Map<number, { code: string; name: string }>();
  for (const ids of chunks(orgUnitIds, 500)) {
    const rows = await db.selectFrom('org_unit').select(['id', 'code', 'name']).where('id', 'in', ids).execute();
    for (const r of rows) result.set(r.id, { code: r.code, name: r.name });
  }
  return result;
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
