import { sql } from 'kysely';
import type { Executor } from '../metadata/upsert.ts';

/** A monthly form assigned to a unit of a report's subtree that is open during the month. */
export interface AssignedFormRow {
  data_set_id: number;
  data_set_code: string;
  data_set_name: string;
  org_unit_id: number;
  org_unit_code: string;
  org_unit_name: string;
  sentence_name: string | null;
}

/** The monthly forms assigned in a subtree (its root included) to units open during `start..end`, in canonical order. */
export async function assignedForms(db: Executor, path: string, start: string, end: string): Promise<AssignedFormRow[]> {
  return db
    .selectFrom('data_set_org_unit as a')
    .innerJoin('data_set as ds', 'ds.id', 'a.data_set_id')
    .innerJoin('org_unit as u', 'u.id', 'a.org_unit_id')
    .select([
      'ds.id as data_set_id', 'ds.code as data_set_code', 'ds.name as data_set_name', 'u.id as org_unit_id', 'u.code as org_unit_code',
      'u.name as org_unit_name', 'u.sentence_name',
    ])
    .where('ds.period_type', '=', 'Monthly')
    .where(sql<boolean>`substr(${sql.ref('u.path')}, 1, length(${path})) = ${path}`)
    .where('u.opening_date', '<=', end)
    .where((eb) => eb.or([eb('u.closing_date', 'is', null), eb('u.closing_date', '>=', start)]))
    .orderBy('ds.id')
    .orderBy('u.level')
    .orderBy('u.sort_order')
    .orderBy('u.code')
    .execute();
}

/** Workflow statuses of some units' forms over a span of months, keyed `dataSetId|orgUnitId|period`. */
export async function formStatuses(db: Executor, orgUnitIds: readonly number[], from: string, to: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (orgUnitIds.length === 0) return result;
  // A subtree's assigned units are a province's districts and itself: a few dozen ids at most.
  const rows = await db
    .selectFrom('data_set_report')
    .select(['data_set_id', 'org_unit_id', 'period', 'status'])
    .where('org_unit_id', 'in', [...orgUnitIds])
    .where('period', '>=', from)
    .where('period', '<=', to)
    .execute();
  for (const r of rows) result.set(`${r.data_set_id}|${r.org_unit_id}|${r.period}`, r.status);
  return result;
}

/** Which (data set, unit) pairs among some hold a value in the period, keyed `dataSetId|orgUnitId`. */
export async function formsWithValues(db: Executor, orgUnitIds: readonly number[], period: string): Promise<Set<string>> {
  if (orgUnitIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('data_value as v')
    .innerJoin('data_set_section_element as l', 'l.data_element_id', 'v.data_element_id')
    .innerJoin('data_set_section as s', 's.id', 'l.section_id')
    .select(['s.data_set_id', 'v.org_unit_id'])
    .distinct()
    .where('v.period', '=', period)
    .where('v.org_unit_id', 'in', [...orgUnitIds])
    .execute();
  return new Set(rows.map((r) => `${r.data_set_id}|${r.org_unit_id}`));
}

/** Each monthly data set's element codes, by data set code. */
export async function dataSetElementCodes(db: Executor): Promise<Record<string, string[]>> {
  const rows = await db
    .selectFrom('data_set as ds')
    .innerJoin('data_set_section as s', 's.data_set_id', 'ds.id')
    .innerJoin('data_set_section_element as l', 'l.section_id', 's.id')
    .innerJoin('data_element as e', 'e.id', 'l.data_element_id')
    .select(['ds.code as data_set', 'e.code as element'])
    .where('ds.period_type', '=', 'Monthly')
    .execute();
  const result: Record<string, string[]> = {};
  for (const r of rows) (result[r.data_set] ??= []).push(r.element);
  return result;
}

/** The installation's report setting of which form states count (a JSON array), if one is stored. */
export async function findCountedStatesSetting(db: Executor): Promise<string | undefined> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', COUNTED_STATES_KEY).executeTakeFirst();
  return row?.value;
}

/** The `setting` key of the form states a report counts. */
export const COUNTED_STATES_KEY = 'report.counted_states';

/** When an org unit opened and closed (ISO dates; closing null while it is open). */
export async function unitLifetime(db: Executor, id: number) {
  return db.selectFrom('org_unit').select(['name', 'opening_date', 'closing_date']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** Stores the installation's counted form states (a JSON array). */
export async function upsertCountedStatesSetting(db: Executor, value: string): Promise<void> {
  await db
    .insertInto('setting')
    .values({ key: COUNTED_STATES_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
