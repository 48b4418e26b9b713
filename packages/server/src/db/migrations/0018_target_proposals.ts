import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect.ts';

/**
 * A target round's proposals: what each unit of a reporting request with a TARGETS deliverable proposes for the
 * year, item by item; drafts until the unit sends them, then approved into plan targets by the department's decision.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('target_proposal'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('report_request.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('baseline', 'double precision')
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('target_proposal_unique', ['request_id', 'org_unit_id', 'item'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('target_proposal').execute();
}
