import { sql } from 'kysely';
import type { PlanTargetTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

/** Most targets one list answers: a province's units × its targets, and a bound however many there are. */
export const TARGET_LIST_LIMIT = 2_000;

const columns = [
  't.id', 't.year', 't.org_unit_id', 't.item', 't.revision', 't.measure', 't.direction', 't.value', 't.baseline',
  't.decision_number', 't.decision_date', 't.decision_attachment_id', 't.set_by', 't.set_at',
  'ou.code as org_unit_code', 'ou.name as org_unit_name', 'ou.path as org_unit_path', 'u.display_name as set_by_name',
  // The decision file's name and size, never its bytes.
  'f.file_name as decision_file_name', 'f.content_type as decision_file_type', 'f.size as decision_file_size',
] as const;

const withNames = (db: Executor) =>
  db
    .selectFrom('plan_target as t')
    .innerJoin('org_unit as ou', 'ou.id', 't.org_unit_id')
    .leftJoin('app_user as u', 'u.username', 't.set_by')
    .leftJoin('attachment as f', 'f.id', 't.decision_attachment_id')
    .select(columns);

export type TargetRow = Awaited<ReturnType<ReturnType<typeof withNames>['executeTakeFirstOrThrow']>>;

/** The targets in force (each one's latest revision) of a year under a subtree, by unit path then item; one over the limit tells the caller. */
export async function targetsInForce(db: Executor, year: number, pathPrefix: string): Promise<TargetRow[]> {
  const prefix = `${pathPrefix.replace(/[!%_]/g, '!$&')}%`;
  return withNames(db)
    .where('t.year', '=', year)
    .where(sql<boolean>`${sql.ref('ou.path')} like ${prefix} escape '!'`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('plan_target as later')
            .select('later.id')
            .whereRef('later.year', '=', 't.year')
            .whereRef('later.org_unit_id', '=', 't.org_unit_id')
            .whereRef('later.item', '=', 't.item')
            .whereRef('later.revision', '>', 't.revision'),
        ),
      ),
    )
    .orderBy('ou.path')
    .orderBy('t.item')
    .limit(TARGET_LIST_LIMIT + 1)
    .execute();
}

/** One revision by id. */
export async function findTarget(db: Executor, id: number): Promise<TargetRow | undefined> {
  return withNames(db).where('t.id', '=', id).executeTakeFirst();
}

/** Every revision of a target (year × unit × item), newest first. */
export async function targetRevisions(db: Executor, key: { year: number; org_unit_id: number; item: string }): Promise<TargetRow[]> {
  return withNames(db)
    .where('t.year', '=', key.year)
    .where('t.org_unit_id', '=', key.org_unit_id)
    .where('t.item', '=', key.item)
    .orderBy('t.revision', 'desc')
    .execute();
}

/** Adds a revision; returns its id. The unique key refuses a second writer of the same revision. */
export async function insertRevision(db: Executor, row: Omit<PlanTargetTable, 'id' | 'decision_attachment_id'>): Promise<number> {
  const { id } = await db.insertInto('plan_target').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/**
 * Attaches the decision's signed file to a revision that has none; false when it already had one (the first file
 * attached stays, as the revision does).
 */
export async function attachDecisionFile(db: Executor, id: number, attachmentId: number): Promise<boolean> {
  const result = await db
    .updateTable('plan_target')
    .set({ decision_attachment_id: attachmentId })
    .where('id', '=', id)
    .where('decision_attachment_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
