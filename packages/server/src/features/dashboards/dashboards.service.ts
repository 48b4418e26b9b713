/**
 * Dashboards: the role's built-in default, the caller's own and those shared with them; saved, changed, deleted by
 * their owner or an admin; one chosen as the home page. A card may show only a favourite its saver may open; a card
 * already on the dashboard keeps its place when the favourite is later unshared (the read leaves the favourite out).
 */
import type { DashboardInput, DashboardListView, DashboardView, HomeDashboardInput } from '@syt/core/api/analytics.ts';
import type { ApiFieldError } from '@syt/core/api/contract.ts';
import { roleDefaultDashboard } from '@syt/core/dashboards/role-defaults.ts';
import type { AppContext } from '../../app.ts';
import { writeTransaction } from '../../db/write-transaction.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { mayEditFavourite } from '../favourites/favourite-access.ts';
import { openableFavourites } from '../favourites/favourites.repository.ts';
import { requireActiveUsers, shareRows } from '../favourites/sharing.ts';
import type { Executor } from '../metadata/upsert.ts';
import { dashboardMessages as m } from './dashboards.messages.ts';
import { dashboardViews } from './dashboards.presenter.ts';
import * as repo from './dashboards.repository.ts';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** Dashboards one user may own: each is listed to everyone it is shared with, so the lists stay bounded. */
export const MAX_DASHBOARDS_PER_USER = 100;

/** The role's default first, then own and shared dashboards; `home` is null when the chosen one can no longer be opened. */
export async function listDashboards(ctx: Ctx, actor: Actor): Promise<DashboardListView> {
  const rows = await repo.listVisible(ctx.db, actor);
  return {
    items: [roleDefaultDashboard(actor.role), ...(await dashboardViews(ctx.db, actor, rows))],
    home: await openableHome(ctx.db, actor),
  };
}

export function defaultDashboard(actor: Actor): DashboardView {
  return roleDefaultDashboard(actor.role);
}

export async function getDashboard(ctx: Ctx, actor: Actor, id: number): Promise<DashboardView> {
  return view(ctx.db, actor, await requireOpenable(ctx.db, actor, id));
}

export async function createDashboard(ctx: Ctx, actor: Actor, input: DashboardInput): Promise<DashboardView> {
  return writeTransaction(ctx.db, async (trx) => {
    if ((await repo.countOwned(trx, actor.username)) >= MAX_DASHBOARDS_PER_USER)
      throw conflict(m.tooMany(MAX_DASHBOARDS_PER_USER));
    await requireShownFavourites(trx, actor, input, []);
    await requireActiveUsers(trx, input.sharing.users);
    const now = ctx.clock.now().toISOString();
    const id = await repo.insertDashboard(trx, {
      name: input.name,
      owner: actor.username,
      created_at: now,
      created_by: actor.username,
      updated_at: now,
      updated_by: actor.username,
    });
    await repo.replaceContent(trx, id, input.items, shareRows(input.sharing, actor.username));
    return view(trx, actor, (await repo.findDashboard(trx, id))!);
  });
}

export async function updateDashboard(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: DashboardInput,
): Promise<DashboardView> {
  return writeTransaction(ctx.db, async (trx) => {
    const row = await requireEditable(trx, actor, id);
    const kept = (await repo.itemsOf(trx, [id])).flatMap((i) =>
      i.favourite_id === null ? [] : [Number(i.favourite_id)],
    );
    await requireShownFavourites(trx, actor, input, kept);
    await requireActiveUsers(trx, input.sharing.users);
    await repo.updateDashboard(trx, id, {
      name: input.name,
      updated_at: ctx.clock.now().toISOString(),
      updated_by: actor.username,
    });
    await repo.replaceContent(trx, id, input.items, shareRows(input.sharing, row.owner));
    return view(trx, actor, (await repo.findDashboard(trx, id))!);
  });
}

export async function deleteDashboard(ctx: Ctx, actor: Actor, id: number): Promise<void> {
  await writeTransaction(ctx.db, async (trx) => {
    await requireEditable(trx, actor, id);
    await repo.deleteDashboard(trx, id);
  });
}

/** Chooses the home page's dashboard: one the actor may open (400 naming `id` otherwise), or null for the default. */
export async function setHomeDashboard(ctx: Ctx, actor: Actor, input: HomeDashboardInput): Promise<HomeDashboardInput> {
  return writeTransaction(ctx.db, async (trx) => {
    if (input.id !== null && !(await repo.findOpenable(trx, actor, input.id))) {
      throw badRequest(m.homeRefused(input.id), [{ field: 'id', message: m.homeRefused(input.id) }]);
    }
    await repo.setHome(trx, actor.username, input.id);
    return { id: input.id };
  });
}

async function openableHome(db: Executor, actor: Actor): Promise<number | null> {
  const home = await repo.findHome(db, actor.username);
  return home !== null && (await repo.findOpenable(db, actor, home)) ? home : null;
}

async function requireOpenable(db: Executor, actor: Actor, id: number): Promise<repo.DashboardRow> {
  const row = await repo.findOpenable(db, actor, id);
  if (!row) throw notFound(m.notFound(id));
  return row;
}

async function requireEditable(db: Executor, actor: Actor, id: number): Promise<repo.DashboardRow> {
  const row = await requireOpenable(db, actor, id);
  if (!mayEditFavourite(actor, row.owner)) throw forbidden(m.ownerOnly);
  return row;
}

/** Refuses (400, naming `items.N.favouriteId`) a card showing a favourite the actor may not open, unless already there. */
async function requireShownFavourites(
  db: Executor,
  actor: Actor,
  input: DashboardInput,
  kept: readonly number[],
): Promise<void> {
  const wanted = input.items.flatMap((i) => (i.kind === 'favourite' ? [i.favouriteId] : []));
  const open = new Set([...kept, ...(await openableFavourites(db, actor, wanted)).map((f) => Number(f.id))]);
  const details: ApiFieldError[] = input.items.flatMap((item, i) =>
    item.kind === 'favourite' && !open.has(item.favouriteId)
      ? [{ field: `items.${i}.favouriteId`, message: m.favouriteNotOpenable(item.favouriteId) }]
      : [],
  );
  if (details.length) throw badRequest(m.itemsRefused, details);
}

async function view(db: Executor, actor: Actor, row: repo.DashboardRow): Promise<DashboardView> {
  return (await dashboardViews(db, actor, [row]))[0]!;
}
