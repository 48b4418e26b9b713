import type { Kysely } from 'kysely';

/**
 * What an org unit is: an administrative area (every unit so far) or a health unit of the department beside the areas
 * (the CDC, a sub-department), which answers requests and agrees targets but is no area of a report's breakdown.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('org_unit').addColumn('type', 'text', (c) => c.notNull().defaultTo('AREA')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('org_unit').dropColumn('type').execute();
}
