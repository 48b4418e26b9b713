import type { DirectiveTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';
import { likeUnder } from './tasks.repository.ts';

const directiveColumns = ['d.id', 'd.number', 'd.date', 'd.type', 'd.issuer', 'd.subject', 'd.attachment_id', 'd.created_at', 'd.created_by', 'd.updated_at'] as const;

const directives = (db: Executor) => db.selectFrom('directive as d').select(directiveColumns);

export type DirectiveRecord = Awaited<ReturnType<ReturnType<typeof directives>['executeTakeFirstOrThrow']>>;

/** Inserts a directive; returns its id. */
export async function insertDirective(db: Executor, row: Omit<DirectiveTable, 'id'>): Promise<number> {
  const { id } = await db.insertInto('directive').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** One directive. */
export async function findDirective(db: Executor, id: number): Promise<DirectiveRecord | undefined> {
  return directives(db).where('d.id', '=', id).executeTakeFirst();
}

/** Directives, newest first, optionally only some. */
export async function listDirectives(db: Executor, ids?: number[]): Promise<DirectiveRecord[]> {
  if (ids && ids.length === 0) return [];
  let q = directives(db);
  if (ids) q = q.where('d.id', 'in', ids);
  return q.orderBy('d.date', 'desc').orderBy('d.id', 'desc').execute();
}

/** The org units open on `date` under a scope: those an imported directive's unit names are matched to. */
export async function openUnitsUnder(db: Executor, pathPrefix: string, date: string) {
  return db
    .selectFrom('org_unit')
    .select(['code', 'name', 'level'])
    .where(likeUnder('path', pathPrefix))
    .where('opening_date', '<=', date)
    .where((eb) => eb.or([eb('closing_date', 'is', null), eb('closing_date', '>=', date)]))
    .orderBy('level')
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
}
