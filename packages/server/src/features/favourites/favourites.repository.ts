/** Queries on saved pivots and charts and on who they are shared with. */
import type { FavouriteKind } from '@syt/core/api/analytics.ts';
import type { ExpressionBuilder, Insertable, Selectable } from 'kysely';
import type { DB, FavouriteTable } from '../../db/schema.ts';
import type { Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import type { ShareRow } from './sharing.ts';

export type FavouriteRow = Selectable<FavouriteTable>;
export type FavouriteShare = ShareRow & { favourite_id: number };

/** Owned by the actor or shared with the actor's login or role: as one SQL condition on `favourite as f`. */
export function visibleTo(actor: Actor) {
  return (eb: ExpressionBuilder<DB & { f: FavouriteTable }, 'f'>) =>
    eb.or([
      eb('f.owner', '=', actor.username),
      eb.exists(
        eb
          .selectFrom('favourite_share as s')
          .select('s.favourite_id')
          .whereRef('s.favourite_id', '=', 'f.id')
          .where((w) =>
            w.or([
              w.and([w('s.grantee_kind', '=', 'USER'), w('s.grantee', '=', actor.username)]),
              w.and([w('s.grantee_kind', '=', 'ROLE'), w('s.grantee', '=', actor.role)]),
            ]),
          ),
      ),
    ]);
}

/** The actor's own favourites first, then those shared with them, each by name. */
export async function listVisible(
  db: Executor,
  actor: Actor,
  kind: FavouriteKind | undefined,
): Promise<FavouriteRow[]> {
  let q = db.selectFrom('favourite as f').selectAll('f').where(visibleTo(actor));
  if (kind) q = q.where('f.kind', '=', kind);
  const rows = await q.orderBy('f.name').orderBy('f.id').execute();
  return [...rows.filter((r) => r.owner === actor.username), ...rows.filter((r) => r.owner !== actor.username)];
}

export async function findFavourite(db: Executor, id: number): Promise<FavouriteRow | undefined> {
  return db.selectFrom('favourite').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The favourites among `ids` the actor may open (every one that exists, for an admin). */
export async function openableFavourites(db: Executor, actor: Actor, ids: readonly number[]): Promise<FavouriteRow[]> {
  if (ids.length === 0) return [];
  let q = db
    .selectFrom('favourite as f')
    .selectAll('f')
    .where('f.id', 'in', [...new Set(ids)]);
  if (actor.role !== 'admin') q = q.where(visibleTo(actor));
  return q.orderBy('f.id').execute();
}

/** Sharing rows of the given favourites. */
export async function sharesOf(db: Executor, ids: readonly number[]): Promise<FavouriteShare[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('favourite_share')
    .select(['favourite_id', 'grantee_kind', 'grantee'])
    .where('favourite_id', 'in', [...new Set(ids)])
    .execute();
}

/** How many favourites a user owns. */
export async function countOwned(db: Executor, owner: string): Promise<number> {
  const row = await db
    .selectFrom('favourite')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('owner', '=', owner)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertFavourite(db: Executor, row: Insertable<FavouriteTable>): Promise<number> {
  const { id } = await db.insertInto('favourite').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

export async function updateFavourite(
  db: Executor,
  id: number,
  changes: Pick<FavouriteTable, 'name' | 'kind' | 'query' | 'layout' | 'updated_at' | 'updated_by'>,
): Promise<void> {
  await db.updateTable('favourite').set(changes).where('id', '=', id).execute();
}

/** Replaces who a favourite is shared with. */
export async function replaceShares(db: Executor, id: number, rows: readonly ShareRow[]): Promise<void> {
  await db.deleteFrom('favourite_share').where('favourite_id', '=', id).execute();
  if (rows.length)
    await db
      .insertInto('favourite_share')
      .values(rows.map((r) => ({ ...r, favourite_id: id })))
      .execute();
}

/** Deletes a favourite with its sharing and the dashboard cards that showed it. */
export async function deleteFavourite(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('dashboard_item').where('favourite_id', '=', id).execute();
  await db.deleteFrom('favourite_share').where('favourite_id', '=', id).execute();
  await db.deleteFrom('favourite').where('id', '=', id).execute();
}
