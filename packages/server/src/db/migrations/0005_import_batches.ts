import type { Kysely } from 'kysely';

/** Which import first stored a value: its CREATE audit rows are then written in one set-based statement. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('data_value').addColumn('import_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('data_value').dropColumn('import_id').execute();
}
