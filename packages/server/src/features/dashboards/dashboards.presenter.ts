/**
 * Dashboard rows → DashboardView: cards in position order, sharing, owner named, and the favourites its cards show
 * that the caller may open. A card whose favourite is no longer shared with the caller keeps its place in `items`
 * but its favourite is left out of `favourites` (the web says "không còn được chia sẻ").
 */
import type { DashboardItem, DashboardView, DashboardWidget } from '@syt/core/api/analytics.ts';
import type { Actor } from '../access/access.policy.ts';
import { mayEditFavourite } from '../favourites/favourite-access.ts';
import { favouriteViews } from '../favourites/favourites.presenter.ts';
import { openableFavourites } from '../favourites/favourites.repository.ts';
import { sharingOf } from '../favourites/sharing.ts';
import type { Executor } from '../metadata/upsert.ts';
import { displayNames } from '../users/display-names.repository.ts';
import { itemsOf, sharesOf, type DashboardRow, type ItemRow } from './dashboards.repository.ts';

/** The views of the given dashboards in their order, with a handful of queries whatever their number. */
export async function dashboardViews(
  db: Executor,
  actor: Actor,
  rows: readonly DashboardRow[],
): Promise<DashboardView[]> {
  const ids = rows.map((r) => Number(r.id));
  const [items, shares, nameOf] = [
    await itemsOf(db, ids),
    await sharesOf(db, ids),
    await displayNames(
      db,
      rows.map((r) => r.owner),
    ),
  ];
  const favouriteIds = items.flatMap((i) => (i.favourite_id === null ? [] : [Number(i.favourite_id)]));
  const favourites = await favouriteViews(db, actor, await openableFavourites(db, actor, favouriteIds));
  const favouriteById = new Map(favourites.map((f) => [f.id, f]));
  return rows.map((row) => {
    const own = items.filter((i) => Number(i.dashboard_id) === Number(row.id)).map(toItem);
    const shown = [...new Set(own.flatMap((i) => (i.kind === 'favourite' ? [i.favouriteId] : [])))];
    return {
      id: Number(row.id),
      name: row.name,
      items: own,
      sharing: sharingOf(shares.filter((s) => Number(s.dashboard_id) === Number(row.id))),
      owner: { username: row.owner, displayName: nameOf(row.owner) },
      editable: mayEditFavourite(actor, row.owner),
      favourites: shown.flatMap((id) => favouriteById.get(id) ?? []),
    };
  });
}

function toItem(row: ItemRow): DashboardItem {
  const width = row.width as DashboardItem['width'];
  return row.kind === 'favourite'
    ? { kind: 'favourite', favouriteId: Number(row.favourite_id), width }
    : { kind: 'widget', widget: row.widget as DashboardWidget, width };
}
