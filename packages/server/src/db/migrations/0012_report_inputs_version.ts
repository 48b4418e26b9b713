import type { Kysely } from 'kysely';
import { createChangeCounter, dropChangeCounter } from '../change-counter.ts';

/**
 * What a written monthly report reads besides the values: metadata (names, elements, indicators, diseases), org
 * units, the unit's header settings and the tasks of Part II. They change rarely, so every write to them moves one
 * counter; the report cache keys on it. Values are tracked by their audit rows instead, with no trigger on the
 * hot path of cell saves.
 */
export const REPORT_INPUTS = 'report-inputs';

export const REPORT_INPUT_TABLES = [
  'org_unit', 'org_unit_successor', 'category', 'category_option', 'category_combo', 'category_combo_category',
  'category_option_combo', 'data_element', 'data_set', 'data_set_section', 'data_set_section_element',
  'data_set_org_unit', 'indicator', 'validation_rule', 'disease', 'disease_group', 'report_setting', 'task', 'task_unit',
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await createChangeCounter(db, REPORT_INPUTS, REPORT_INPUT_TABLES);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropChangeCounter(db, REPORT_INPUTS, REPORT_INPUT_TABLES);
  await db.schema.dropTable('change_counter').ifExists().execute();
}
