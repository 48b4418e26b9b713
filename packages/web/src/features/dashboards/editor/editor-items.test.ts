import { MAX_DASHBOARD_ITEMS, type DashboardItem } from '@syt/core/api/analytics.ts';
import { describe, expect, it } from 'vitest';
import { addItem, defaultWidth, moveItem, removeItem, resizeItem } from './editor-items.ts';

const items: DashboardItem[] = [
  { kind: 'widget', widget: 'keyFigures', width: 12 },
  { kind: 'favourite', favouriteId: 7, width: 6 },
  { kind: 'widget', widget: 'alerts', width: 6 },
];

describe('dashboard editor items', () => {
  it('moves an item up or down by one, and not past either end', () => {
    expect(moveItem(items, 1, -1).map((i) => (i.kind === 'widget' ? i.widget : i.favouriteId))).toEqual([
      7,
      'keyFigures',
      'alerts',
    ]);
    expect(moveItem(items, 1, 1).map((i) => (i.kind === 'widget' ? i.widget : i.favouriteId))).toEqual([
      'keyFigures',
      'alerts',
      7,
    ]);
    expect(moveItem(items, 0, -1)).toEqual(items);
    expect(moveItem(items, 2, 1)).toEqual(items);
  });

  it('resizes and removes one item, leaving the given list as it was', () => {
    expect(resizeItem(items, 2, 4)[2]).toEqual({ kind: 'widget', widget: 'alerts', width: 4 });
    expect(removeItem(items, 0)).toEqual(items.slice(1));
    expect(items).toHaveLength(3);
    expect(items[2]!.width).toBe(6);
  });

  it(`adds at the end up to ${MAX_DASHBOARD_ITEMS} items`, () => {
    const full = Array.from({ length: MAX_DASHBOARD_ITEMS }, () => items[2]!);
    expect(addItem(items, items[1]!)).toHaveLength(4);
    expect(addItem(full, items[1]!)).toHaveLength(MAX_DASHBOARD_ITEMS);
  });

  it('gives key figures and pivot tables the whole row, other cards and charts half', () => {
    expect(defaultWidth({ kind: 'widget', widget: 'keyFigures' })).toBe(12);
    expect(defaultWidth({ kind: 'widget', widget: 'todo' })).toBe(6);
    expect(defaultWidth({ kind: 'favourite', favouriteKind: 'pivot' })).toBe(12);
    expect(defaultWidth({ kind: 'favourite', favouriteKind: 'chart' })).toBe(6);
  });
});
