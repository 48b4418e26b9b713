import { MAX_DASHBOARD_ITEMS, type DashboardItem } from '@syt/core/api/analytics.ts';

/** The list with the item at `index` swapped with its neighbour `delta` (-1 up, +1 down); unchanged at either end. */
export function moveItem(items: readonly DashboardItem[], index: number, delta: -1 | 1): DashboardItem[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The list with one item's width changed. */
export function resizeItem(
  items: readonly DashboardItem[],
  index: number,
  width: DashboardItem['width'],
): DashboardItem[] {
  return items.map((item, i) => (i === index ? { ...item, width } : item));
}

/** The list without the item at `index`. */
export function removeItem(items: readonly DashboardItem[], index: number): DashboardItem[] {
  return items.filter((_, i) => i !== index);
}

/** The list with an item added at the end; a full dashboard stays as it is. */
export function addItem(items: readonly DashboardItem[], item: DashboardItem): DashboardItem[] {
  return items.length >= MAX_DASHBOARD_ITEMS ? [...items] : [...items, item];
}

/** A new item's width: key figures and tables take the whole row, cards and charts half of it. */
export function defaultWidth(
  item: { kind: 'widget'; widget: string } | { kind: 'favourite'; favouriteKind: string },
): DashboardItem['width'] {
  if (item.kind === 'widget') return item.widget === 'keyFigures' || item.widget === 'unitTrend' ? 12 : 6;
  return item.favouriteKind === 'pivot' ? 12 : 6;
}
