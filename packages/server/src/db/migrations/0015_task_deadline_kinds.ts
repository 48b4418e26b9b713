import type { Kysely } from 'kysely';

/**
 * Deadline kinds read from directives: half-yearly (a day of June and December), yearly (a day and a month) and on
 * request. Only the yearly one needs a new column, its month; the kinds live in the text column deadline_kind.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('task').addColumn('deadline_month', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('task').dropColumn('deadline_month').execute();
}
