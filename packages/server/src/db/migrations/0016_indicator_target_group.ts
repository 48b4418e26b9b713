import type { Kysely } from 'kysely';

/** A coverage indicator's target group as the report names it (a campaign's cohort is metadata, not a writer's words). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('indicator').addColumn('target_group', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('indicator').dropColumn('target_group').execute();
}
