/** Favourite rows → the API's FavouriteView: JSON columns parsed, sharing gathered, owner named, rights told. */
import type { FavouriteView } from '@syt/core/api/analytics.ts';
import type { Actor } from '../access/access.policy.ts';
import { displayNames } from '../users/display-names.repository.ts';
import type { Executor } from '../metadata/upsert.ts';
import type { FavouriteRow, FavouriteShare } from './favourites.repository.ts';
import { sharesOf } from './favourites.repository.ts';
import { mayEditFavourite } from './favourite-access.ts';
import { sharingOf } from './sharing.ts';

/** The views of the given rows in their order, with one query for their sharing and one for owners' names. */
export async function favouriteViews(
  db: Executor,
  actor: Actor,
  rows: readonly FavouriteRow[],
): Promise<FavouriteView[]> {
  const shares = await sharesOf(
    db,
    rows.map((r) => r.id),
  );
  const nameOf = await displayNames(
    db,
    rows.map((r) => r.owner),
  );
  return rows.map((r) =>
    toFavouriteView(
      r,
      shares.filter((s) => s.favourite_id === r.id),
      actor,
      nameOf(r.owner),
    ),
  );
}

function toFavouriteView(
  row: FavouriteRow,
  shares: readonly FavouriteShare[],
  actor: Actor,
  ownerName: string,
): FavouriteView {
  return {
    id: Number(row.id),
    name: row.name,
    kind: row.kind as FavouriteView['kind'],
    query: JSON.parse(row.query) as FavouriteView['query'],
    layout: JSON.parse(row.layout) as FavouriteView['layout'],
    sharing: sharingOf(shares),
    owner: { username: row.owner, displayName: ownerName },
    editable: mayEditFavourite(actor, row.owner),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
