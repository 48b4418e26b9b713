/** Queries on dashboards, their cards, their sharing and the users' chosen home dashboards. */
import type { DashboardItem } from '@syt/core/api/analytics.ts';
import type { ExpressionBuilder, Insertable, Selectable } from 'kysely';
import type { DashboardTable, DB } from '../../db/schema.ts';
import type { Actor } from '../access/access.policy.ts';
import type { ShareRow } from '../favourites/sharing.ts';
import type { Executor } from '../metadata/upsert.ts';

export type DashboardRow = Selectable<DashboardTable>;
export type DashboardShare = ShareRow & { dashboard_id: number };
export type ItemRow = Selectable<DB['dashboard_item']>;

/** Owned by the actor or shared with the actor's login or role: as one SQL condition on `dashboard as d`. */
function visibleTo(actor: Actor) {
  return (eb: ExpressionBuilder<DB & { d: DashboardTable }, 'd'>) =>
    eb.or([
      eb('d.owner', '=', actor.username),
      eb.exists(
        eb
          .selectFrom('dashboard_share as s')
          .select('s.dashboard_id')
          .whereRef('s.dashboard_id', '=', 'd.id')
          .where((w) =>
            w.or([
              w.and([w('s.grantee_kind', '=', 'USER'), w('s.grantee', '=', actor.username)]),
              w.and([w('s.grantee_kind', '=', 'ROLE'), w('s.grantee', '=', actor.role)]),
            ]),
          ),
      ),
    ]);
}

/** The actor's own dashboards first, then those shared with them, each by name. */
export async function listVisible(db: Executor, actor: Actor): Promise<DashboardRow[]> {
  const rows = await db
    .selectFrom('dashboard as d')
    .selectAll('d')
    .where(visibleTo(actor))
    .orderBy('d.name')
    .orderBy('d.id')
    .execute();
  return [...rows.filter((r) => r.owner === actor.username), ...rows.filter((r) => r.owner !== actor.username)];
}

/** The dashboard if the actor may open it: owner, shared with, or any for an admin. */
export async function findOpenable(db: Executor, actor: Actor, id: number): Promise<DashboardRow | undefined> {
  let q = db.selectFrom('dashboard as d').selectAll('d').where('d.id', '=', id);
  if (actor.role !== 'admin') q = q.where(visibleTo(actor));
  return q.executeTakeFirst();
}

export async function findDashboard(db: Executor, id: number): Promise<DashboardRow | undefined> {
  return db.selectFrom('dashboard').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Cards of the given dashboards in position order. */
export async function itemsOf(db: Executor, ids: readonly number[]): Promise<ItemRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('dashboard_item')
    .selectAll()
    .where('dashboard_id', 'in', [...new Set(ids)])
    .orderBy('dashboard_id')
    .orderBy('position')
    .execute();
}

export async function sharesOf(db: Executor, ids: readonly number[]): Promise<DashboardShare[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('dashboard_share')
    .select(['dashboard_id', 'grantee_kind', 'grantee'])
    .where('dashboard_id', 'in', [...new Set(ids)])
    .execute();
}

/** How many dashboards a user owns. */
export async function countOwned(db: Executor, owner: string): Promise<number> {
  const row = await db
    .selectFrom('dashboard')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('owner', '=', owner)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertDashboard(db: Executor, row: Insertable<DashboardTable>): Promise<number> {
  const { id } = await db.insertInto('dashboard').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

export async function updateDashboard(
  db: Executor,
  id: number,
  changes: Pick<DashboardTable, 'name' | 'updated_at' | 'updated_by'>,
): Promise<void> {
  await db.updateTable('dashboard').set(changes).where('id', '=', id).execute();
}

/** Replaces a dashboard's cards and sharing. */
export async function replaceContent(
  db: Executor,
  id: number,
  items: readonly DashboardItem[],
  shares: readonly ShareRow[],
): Promise<void> {
  await db.deleteFrom('dashboard_item').where('dashboard_id', '=', id).execute();
  await db.deleteFrom('dashboard_share').where('dashboard_id', '=', id).execute();
  if (items.length) {
    await db
      .insertInto('dashboard_item')
      .values(
        items.map((item, position) => ({
          dashboard_id: id,
          position,
          kind: item.kind,
          width: item.width,
          favourite_id: item.kind === 'favourite' ? item.favouriteId : null,
          widget: item.kind === 'widget' ? item.widget : null,
        })),
      )
      .execute();
  }
  if (shares.length)
    await db
      .insertInto('dashboard_share')
      .values(shares.map((s) => ({ ...s, dashboard_id: id })))
      .execute();
}

/** Deletes a dashboard with its cards and sharing; users who had it as home get their role's default again. */
export async function deleteDashboard(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('dashboard_home').where('dashboard_id', '=', id).execute();
  await db.deleteFrom('dashboard_item').where('dashboard_id', '=', id).execute();
  await db.deleteFrom('dashboard_share').where('dashboard_id', '=', id).execute();
  await db.deleteFrom('dashboard').where('id', '=', id).execute();
}

/** The dashboard the user chose for the home page, if any. */
export async function findHome(db: Executor, username: string): Promise<number | null> {
  const row = await db
    .selectFrom('dashboard_home')
    .select('dashboard_id')
    .where('username', '=', username)
    .executeTakeFirst();
  return row ? Number(row.dashboard_id) : null;
}

/** Sets (or, with null, clears) the user's home dashboard. */
export async function setHome(db: Executor, username: string, dashboardId: number | null): Promise<void> {
  await db.deleteFrom('dashboard_home').where('username', '=', username).execute();
  if (dashboardId !== null)
    await db.insertInto('dashboard_home').values({ username, dashboard_id: dashboardId }).execute();
}
