import { Migrator, sql, type Migration } from 'kysely';
import { isPostgres } from './dialect.ts';
import type { Database } from './database.ts';
import * as m0001 from './migrations/0001_metadata.ts';
import * as m0002 from './migrations/0002_auth.ts';
import * as m0003 from './migrations/0003_data_values.ts';
import * as m0004 from './migrations/0004_data_entry.ts';
import * as m0005 from './migrations/0005_import_batches.ts';
import * as m0006 from './migrations/0006_reports.ts';
import * as m0007 from './migrations/0007_nonzero_values.ts';
import * as m0008 from './migrations/0008_tasks.ts';
import * as m0009 from './migrations/0009_requests.ts';
import * as m0010 from './migrations/0010_notifications.ts';
import * as m0011 from './migrations/0011_second_factor.ts';
import * as m0012 from './migrations/0012_report_inputs_version.ts';
import * as m0013 from './migrations/0013_report_completeness.ts';
import * as m0014 from './migrations/0014_outlier_bounds.ts';
import * as m0015 from './migrations/0015_task_deadline_kinds.ts';
import * as m0016 from './migrations/0016_indicator_target_group.ts';
import * as m0017 from './migrations/0017_plan_targets.ts';
import * as m0018 from './migrations/0018_target_proposals.ts';
import * as m0019 from './migrations/0019_plan_target_decision_file.ts';
import * as m0020 from './migrations/0020_org_unit_type.ts';
import * as m0021 from './migrations/0021_target_proposal_agreement.ts';
import * as m0022 from './migrations/0022_plan_targets_report_input.ts';
import * as m0023 from './migrations/0023_request_reviews.ts';
import * as m0024 from './migrations/0024_disease_surveillance.ts';
import * as m0025 from './migrations/0025_surveillance.ts';
import * as m0026 from './migrations/0026_typed_outbreaks.ts';
import * as m0027 from './migrations/0027_analytics_favourites.ts';
import * as m0028 from './migrations/0028_analytics_index.ts';
import * as m0029 from './migrations/0029_analytics_unit_index.ts';
import * as m0030 from './migrations/0030_uids_attribute_combo.ts';
import * as m0031 from './migrations/0031_api_tokens.ts';

// Listed statically so the same set runs from source, tests and the CLI, on both engines.
const migrations: Record<string, Migration> = {
  '0001_metadata': m0001,
  '0002_auth': m0002,
  '0003_data_values': m0003,
  '0004_data_entry': m0004,
  '0005_import_batches': m0005,
  '0006_reports': m0006,
  '0007_nonzero_values': m0007,
  '0008_tasks': m0008,
  '0009_requests': m0009,
  '0010_notifications': m0010,
  '0011_second_factor': m0011,
  '0012_report_inputs_version': m0012,
  '0013_report_completeness': m0013,
  '0014_outlier_bounds': m0014,
  '0015_task_deadline_kinds': m0015,
  '0016_indicator_target_group': m0016,
  '0017_plan_targets': m0017,
  '0018_target_proposals': m0018,
  '0019_plan_target_decision_file': m0019,
  '0020_org_unit_type': m0020,
  '0021_target_proposal_agreement': m0021,
  '0022_plan_targets_report_input': m0022,
  '0023_request_reviews': m0023,
  '0024_disease_surveillance': m0024,
  '0025_surveillance': m0025,
  '0026_typed_outbreaks': m0026,
  '0027_analytics_favourites': m0027,
  '0028_analytics_index': m0028,
  '0029_analytics_unit_index': m0029,
  '0030_uids_attribute_combo': m0030,
  '0031_api_tokens': m0031,
};

/** Brings the schema to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Database): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, ...(await migrationSchema(db)) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`Lỗi khi nâng cấp cơ sở dữ liệu${failed ? ` (${failed.migrationName})` : ''}: ${String(error)}`);
}

/**
 * On PostgreSQL the migrator must be told the schema it works in: otherwise it may find its bookkeeping
 * tables in another schema of the same database (another installation, a test run) and skip creating its own.
 */
async function migrationSchema(db: Database): Promise<{ migrationTableSchema?: string }> {
  if (!isPostgres(db)) return {};
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return { migrationTableSchema: rows[0]!.schema };
}

/** The names of every migration this code knows, oldest first. */
export const KNOWN_MIGRATIONS: readonly string[] = Object.keys(migrations);

/** Brings the schema up to the named migration and no further (a restore loads rows at the level they were saved at). */
export async function migrateTo(db: Database, name: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, ...(await migrationSchema(db)) });
  const { error } = await migrator.migrateTo(name);
  if (error) throw new Error(`Lỗi khi nâng cấp cơ sở dữ liệu (${name}): ${String(error)}`);
}
