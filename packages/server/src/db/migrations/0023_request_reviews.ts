import type { Kysely } from 'kysely';

/**
 * A unit's review sent through a reporting request: which report instance answers the request's REVIEW deliverable
 * for the unit, and, once sent, the version frozen then, its time and sender.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_request_review')
    .addColumn('instance_id', 'integer', (c) => c.primaryKey().references('report_instance.id'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('report_request.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('sent_version', 'integer')
    .addColumn('sent_at', 'text')
    .addColumn('sent_by', 'text')
    .addUniqueConstraint('report_request_review_unit_uq', ['request_id', 'org_unit_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_request_review').execute();
}
