import type { Kysely } from 'kysely';
import { unwatchTables, watchTables } from '../change-counter.ts';
import { REPORT_INPUTS } from './0012_report_inputs_version.ts';

/**
 * The monthly report may cite the unit's plan targets (a report setting), so a target set or adjusted by a decision
 * changes what a report reads: writes to the targets move the report-inputs counter the report cache keys on.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await watchTables(db, REPORT_INPUTS, ['plan_target']);
}

export async function down(db: Kysely<any>): Promise<void> {
  await unwatchTables(db, REPORT_INPUTS, ['plan_target']);
}
