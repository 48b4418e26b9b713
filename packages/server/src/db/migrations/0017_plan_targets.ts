import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect.ts';

/**
 * Plan targets (chỉ tiêu kế hoạch): a unit's value to reach for an item in a year, in a direction, as a decision set
 * it. Every decision is a revision of its own; the highest is in force and the earlier ones are the history (an
 * approved target is never edited in place, only adjusted by a later decision).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('plan_target'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('baseline', 'double precision')
    .addColumn('decision_number', 'text', (c) => c.notNull())
    .addColumn('decision_date', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_target_revision_unique', ['year', 'org_unit_id', 'item', 'revision'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('plan_target').execute();
}
