import type { DashboardItem, FavouriteView } from '@syt/core/api/analytics.ts';
import { ActionIcon, Badge, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { dashVi } from '../../../i18n/dashboards.vi.ts';
import { moveItem, removeItem, resizeItem } from './editor-items.ts';

const t = dashVi.editor;
const WIDTHS = ['4', '6', '12'] as const;

interface ItemListProps {
  items: DashboardItem[];
  favourites: ReadonlyMap<number, FavouriteView>;
  onChange: (items: DashboardItem[]) => void;
}

function itemLabel(
  item: DashboardItem,
  favourites: ReadonlyMap<number, FavouriteView>,
): { name: string; kind: string } {
  if (item.kind === 'widget') return { name: dashVi.widgets[item.widget], kind: t.widget };
  const favourite = favourites.get(item.favouriteId);
  return favourite
    ? { name: favourite.name, kind: t.kinds[favourite.kind] ?? favourite.kind }
    : { name: t.unknownFavourite(item.favouriteId), kind: '' };
}

/** The dashboard's items in order: each with its width, moved up or down, or removed. */
export function ItemList({ items, favourites, onChange }: ItemListProps) {
  if (items.length === 0) return <Text c="dimmed">{t.noItems}</Text>;
  return (
    <Stack gap="xs">
      {items.map((item, index) => {
        const { name, kind } = itemLabel(item, favourites);
        return (
          <Card
            key={`${index}-${item.kind === 'widget' ? item.widget : item.favouriteId}`}
            withBorder
            padding="xs"
            radius="sm"
            data-testid="editor-item"
          >
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Group gap="xs" style={{ minWidth: 0, flex: 1 }} wrap="nowrap">
                <Text size="sm" c="dimmed" w={24} ta="right">
                  {index + 1}.
                </Text>
                <Text fw={600} size="sm" truncate="end">
                  {name}
                </Text>
                {kind && (
                  <Badge size="sm" variant="light" style={{ flexShrink: 0 }}>
                    {kind}
                  </Badge>
                )}
              </Group>
              <Group gap={6} wrap="nowrap">
                <SegmentedControl
                  size="xs"
                  aria-label={t.width}
                  data={WIDTHS.map((w) => ({ value: w, label: dashVi.widths[Number(w) as 4 | 6 | 12] }))}
                  value={String(item.width)}
                  onChange={(w) => onChange(resizeItem(items, index, Number(w) as DashboardItem['width']))}
                />
                <ActionIcon
                  variant="default"
                  aria-label={t.moveUp}
                  disabled={index === 0}
                  onClick={() => onChange(moveItem(items, index, -1))}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label={t.moveDown}
                  disabled={index === items.length - 1}
                  onClick={() => onChange(moveItem(items, index, 1))}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t.remove}
                  onClick={() => onChange(removeItem(items, index))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
