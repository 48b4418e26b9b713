import type { Executor } from '../metadata/upsert.ts';

/** A unit as the to-do list shows it, with what ordering and scope checks need. */
export interface TodoUnit {
  id: number;
  code: string;
  name: string;
  path: string;
  level: number;
  sortOrder: number;
}

/** Units by id. */
export async function unitsById(db: Executor, ids: number[]): Promise<Map<number, TodoUnit>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('org_unit').select(['id', 'code', 'name', 'path', 'level', 'sort_order']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [Number(r.id), { id: Number(r.id), code: r.code, name: r.name, path: r.path, level: r.level, sortOrder: r.sort_order }]));
}

/** The unit a scope path names (the user's own unit). */
export async function unitByPath(db: Executor, path: string): Promise<TodoUnit | undefined> {
  const r = await db.selectFrom('org_unit').select(['id', 'code', 'name', 'path', 'level', 'sort_order']).where('path', '=', path).executeTakeFirst();
  return r && { id: Number(r.id), code: r.code, name: r.name, path: r.path, level: r.level, sortOrder: r.sort_order };
}
