import type { Kysely } from 'kysely';
import { syncTypedOutbreakCounts } from '../../features/outbreaks/typed-outbreaks.repository.ts';
import { unwatchTables, watchTables } from '../change-counter.ts';
import type { Database } from '../database.ts';
import { REPORT_INPUTS } from './0012_report_inputs_version.ts';

/**
 * The monthly report's outbreak sentences read outbreak records instead of a typed count: the counts stored so far
 * become HISTORY records (closure unknown; the scheduler keeps them equal to the typed counts from then on), and
 * every write to the records moves the report-inputs counter the report cache keys on.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await syncTypedOutbreakCounts(db as unknown as Database, new Date().toISOString());
  await watchTables(db, REPORT_INPUTS, ['outbreak']);
}

export async function down(db: Kysely<any>): Promise<void> {
  await unwatchTables(db, REPORT_INPUTS, ['outbreak']);
  await db.deleteFrom('outbreak').where('source', '=', 'HISTORY').execute();
}
