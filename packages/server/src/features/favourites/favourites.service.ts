/**
 * Saved pivots and charts: listed (own, then shared), opened, saved, changed and deleted. A favourite the caller may
 * not open answers as a missing one (404), so its existence is not told; changing needs its owner or an admin (403).
 */
import type { FavouriteInput, FavouriteKind, FavouriteListView, FavouriteView } from '@syt/core/api/analytics.ts';
import type { AppContext } from '../../app.ts';
import { writeTransaction } from '../../db/write-transaction.ts';
import { conflict, forbidden, notFound } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { mayEditFavourite } from './favourite-access.ts';
import { favouriteMessages as m } from './favourites.messages.ts';
import { favouriteViews } from './favourites.presenter.ts';
import * as repo from './favourites.repository.ts';
import { requireActiveUsers, shareRows } from './sharing.ts';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** Favourites one user may own: each is listed to everyone it is shared with, so the lists stay bounded. */
export const MAX_FAVOURITES_PER_USER = 500;

export async function listFavourites(
  ctx: Ctx,
  actor: Actor,
  kind: FavouriteKind | undefined,
): Promise<FavouriteListView> {
  return { items: await favouriteViews(ctx.db, actor, await repo.listVisible(ctx.db, actor, kind)) };
}

export async function getFavourite(ctx: Ctx, actor: Actor, id: number): Promise<FavouriteView> {
  return view(ctx.db, actor, await requireOpenable(ctx.db, actor, id));
}

export async function createFavourite(ctx: Ctx, actor: Actor, input: FavouriteInput): Promise<FavouriteView> {
  return writeTransaction(ctx.db, async (trx) => {
    if ((await repo.countOwned(trx, actor.username)) >= MAX_FAVOURITES_PER_USER)
      throw conflict(m.tooMany(MAX_FAVOURITES_PER_USER));
    await requireActiveUsers(trx, input.sharing.users);
    const now = ctx.clock.now().toISOString();
    const id = await repo.insertFavourite(trx, {
      ...stored(input),
      owner: actor.username,
      created_at: now,
      created_by: actor.username,
      updated_at: now,
      updated_by: actor.username,
    });
    await repo.replaceShares(trx, id, shareRows(input.sharing, actor.username));
    return view(trx, actor, (await repo.findFavourite(trx, id))!);
  });
}

export async function updateFavourite(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: FavouriteInput,
): Promise<FavouriteView> {
  return writeTransaction(ctx.db, async (trx) => {
    const row = await requireEditable(trx, actor, id);
    await requireActiveUsers(trx, input.sharing.users);
    await repo.updateFavourite(trx, id, {
      ...stored(input),
      updated_at: ctx.clock.now().toISOString(),
      updated_by: actor.username,
    });
    await repo.replaceShares(trx, id, shareRows(input.sharing, row.owner));
    return view(trx, actor, (await repo.findFavourite(trx, id))!);
  });
}

/** Deletes a favourite; the dashboards that showed it lose that card. */
export async function deleteFavourite(ctx: Ctx, actor: Actor, id: number): Promise<void> {
  await writeTransaction(ctx.db, async (trx) => {
    await requireEditable(trx, actor, id);
    await repo.deleteFavourite(trx, id);
  });
}

/** The favourite if the actor may open it (its owner, someone it is shared with, an admin); else 404. */
export async function requireOpenable(db: Executor, actor: Actor, id: number): Promise<repo.FavouriteRow> {
  const [row] = await repo.openableFavourites(db, actor, [id]);
  if (!row) throw notFound(m.notFound(id));
  return row;
}

async function requireEditable(db: Executor, actor: Actor, id: number): Promise<repo.FavouriteRow> {
  const row = await requireOpenable(db, actor, id);
  if (!mayEditFavourite(actor, row.owner)) throw forbidden(m.ownerOnly);
  return row;
}

const stored = (input: FavouriteInput) => ({
  name: input.name,
  kind: input.kind,
  query: JSON.stringify(input.query),
  layout: JSON.stringify(input.layout),
});

async function view(db: Executor, actor: Actor, row: repo.FavouriteRow): Promise<FavouriteView> {
  return (await favouriteViews(db, actor, [row]))[0]!;
}
