import type { Executor } from '../../metadata/upsert.ts';

/** The rows DHIS2's metadata lists are built from; org units only inside `scopePath`. */
export async function readDhis2Metadata(db: Executor, scopePath: string) {
  const [dataElements, dataSets, members, assignments, combos, orgUnits, unitUids] = await Promise.all([
    db
      .selectFrom('data_element as de')
      .innerJoin('category_combo as cc', 'cc.id', 'de.category_combo_id')
      .select(['de.id', 'de.uid', 'de.code', 'de.name', 'de.short_name', 'de.description', 'de.value_type', 'de.aggregation_type', 'cc.uid as combo'])
      .execute(),
    db.selectFrom('data_set').select(['id', 'uid', 'code', 'name', 'period_type']).execute(),
    // A data set's elements are those of its sections, in section order.
    db
      .selectFrom('data_set_section_element as l')
      .innerJoin('data_set_section as s', 's.id', 'l.section_id')
      .innerJoin('data_element as de', 'de.id', 'l.data_element_id')
      .select(['s.data_set_id', 'de.uid'])
      .orderBy('s.data_set_id')
      .orderBy('s.sort_order')
      .orderBy('l.sort_order')
      .execute(),
    db
      .selectFrom('data_set_org_unit as a')
      .innerJoin('org_unit as o', 'o.id', 'a.org_unit_id')
      .innerJoin('data_set as d', 'd.id', 'a.data_set_id')
      .select(['d.uid as dataSet', 'o.uid as orgUnit'])
      .where('o.path', 'like', `${scopePath}%`)
      .execute(),
    db.selectFrom('category_combo').select(['uid', 'code', 'name']).execute(),
    db
      .selectFrom('org_unit as o')
      .leftJoin('org_unit as p', 'p.id', 'o.parent_id')
      .select(['o.uid', 'o.code', 'o.name', 'o.level', 'o.path', 'o.sort_order', 'o.opening_date', 'o.closing_date', 'p.uid as parent'])
      .where('o.path', 'like', `${scopePath}%`)
      .orderBy('o.level')
      .orderBy('o.sort_order')
      .execute(),
    // Every unit's UID by code: a unit's DHIS2 path names its ancestors, inside the scope or not.
    db.selectFrom('org_unit').select(['code', 'uid']).execute(),
  ]);
  return { dataElements, dataSets, members, assignments, combos, orgUnits, unitUids };
}

export type Dhis2MetadataRows = Awaited<ReturnType<typeof readDhis2Metadata>>;
