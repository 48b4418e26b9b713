import type { DataSetReportEventTable, DataSetReportTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

export interface FormKey {
  data_set_id: number;
  org_unit_id: number;
  period: string;
}

/** The workflow row of a form, if it was ever submitted. */
export async function findReport(db: Executor, k: FormKey) {
  return db
    .selectFrom('data_set_report')
    .selectAll()
    .where('data_set_id', '=', k.data_set_id)
    .where('org_unit_id', '=', k.org_unit_id)
    .where('period', '=', k.period)
    .executeTakeFirst();
}

/** Writes a form's workflow row and its history event together (callers hold the transaction). */
export async function saveReport(db: Executor, row: DataSetReportTable, event: Omit<DataSetReportEventTable, 'id'>) {
  const { data_set_id: _d, org_unit_id: _o, period: _p, ...changes } = row;
  await db
    .insertInto('data_set_report')
    .values(row)
    .onConflict((oc) => oc.columns(['data_set_id', 'org_unit_id', 'period']).doUpdateSet(changes))
    .execute();
  await db.insertInto('data_set_report_event').values(event).execute();
}

/** Workflow rows of every unit for one data set and period. */
export async function reportsForPeriod(db: Executor, dataSetId: number, period: string) {
  return db.selectFrom('data_set_report').selectAll().where('data_set_id', '=', dataSetId).where('period', '=', period).execute();
}

/** Org units (among some) that hold at least one value of a data set's elements in a period. */
export async function unitsWithValues(db: Executor, dataSetId: number, period: string, orgUnitIds: number[]): Promise<Set<number>> {
  if (orgUnitIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('data_value as v')
    .select('v.org_unit_id')
    .distinct()
    .where('v.period', '=', period)
    .where('v.org_unit_id', 'in', orgUnitIds)
    .where('v.data_element_id', 'in', (eb) =>
      eb
        .selectFrom('data_set_section_element as l')
        .innerJoin('data_set_section as s', 's.id', 'l.section_id')
        .select('l.data_element_id')
        .where('s.data_set_id', '=', dataSetId),
    )
    .execute();
  return new Set(rows.map((r) => r.org_unit_id));
}

/** A data set's row and its assigned org units in canonical order. */
export async function dataSetWithUnits(db: Executor, code: string) {
  const dataSet = await db.selectFrom('data_set').selectAll().where('code', '=', code).executeTakeFirst();
  if (!dataSet) return undefined;
  const units = await db
    .selectFrom('data_set_org_unit as a')
    .innerJoin('org_unit as u', 'u.id', 'a.org_unit_id')
    .select(['u.id', 'u.code', 'u.name', 'u.path', 'u.opening_date', 'u.closing_date'])
    .where('a.data_set_id', '=', dataSet.id)
    .orderBy('u.level')
    .orderBy('u.sort_order')
    .execute();
  return { dataSet, units };
}
