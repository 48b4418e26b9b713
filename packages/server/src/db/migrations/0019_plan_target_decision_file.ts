import type { Kysely } from 'kysely';

/**
 * The signed file of the decision that set a target's revision (the scan or the signed PDF), kept with the other
 * attachments. Null until it is attached; once attached it is not replaced, as the revision itself is not.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plan_target')
    .addColumn('decision_attachment_id', 'integer', (c) => c.references('attachment.id'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan_target').dropColumn('decision_attachment_id').execute();
}
