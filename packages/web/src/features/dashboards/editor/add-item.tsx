import {
  DASHBOARD_WIDGETS,
  MAX_DASHBOARD_ITEMS,
  type DashboardItem,
  type DashboardWidget,
  type FavouriteView,
} from '@syt/core/api/analytics.ts';
import { Button, Group, Select, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { dashVi } from '../../../i18n/dashboards.vi.ts';
import { foldedFilter } from '../../../lib/folded-filter.ts';
import { defaultWidth } from './editor-items.ts';

const t = dashVi.editor;

interface AddItemProps {
  favourites: readonly FavouriteView[];
  count: number;
  onAdd: (item: DashboardItem) => void;
}

/** Two pickers: a built-in card, and a favourite the user may open, each added at the end of the dashboard. */
export function AddItem({ favourites, count, onAdd }: AddItemProps) {
  const [widget, setWidget] = useState<string | null>(null);
  const [favourite, setFavourite] = useState<string | null>(null);
  const full = count >= MAX_DASHBOARD_ITEMS;
  const addWidget = () => {
    if (!widget) return;
    onAdd({ kind: 'widget', widget: widget as DashboardWidget, width: defaultWidth({ kind: 'widget', widget }) });
    setWidget(null);
  };
  const addFavourite = () => {
    const found = favourites.find((f) => String(f.id) === favourite);
    if (!found) return;
    onAdd({
      kind: 'favourite',
      favouriteId: found.id,
      width: defaultWidth({ kind: 'favourite', favouriteKind: found.kind }),
    });
    setFavourite(null);
  };
  return (
    <>
      {full && (
        <Text c="red.8" size="sm">
          {t.tooMany(MAX_DASHBOARD_ITEMS)}
        </Text>
      )}
      <Group align="flex-end" gap="xs">
        <Select
          label={t.addWidget}
          data={DASHBOARD_WIDGETS.map((w) => ({ value: w, label: dashVi.widgets[w] }))}
          value={widget}
          onChange={setWidget}
          w={{ base: '100%', sm: 300 }}
          data-testid="editor-widget-pick"
        />
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          disabled={!widget || full}
          onClick={addWidget}
          data-testid="editor-widget-add"
        >
          {t.add}
        </Button>
      </Group>
      <Group align="flex-end" gap="xs">
        <Select
          label={t.addFavourite}
          description={favourites.length === 0 ? t.noFavourites : undefined}
          data={favourites.map((f) => ({ value: String(f.id), label: `${f.name} (${t.kinds[f.kind] ?? f.kind})` }))}
          value={favourite}
          onChange={setFavourite}
          searchable
          filter={foldedFilter}
          disabled={favourites.length === 0}
          w={{ base: '100%', sm: 420 }}
          data-testid="editor-favourite-pick"
        />
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          disabled={!favourite || full}
          onClick={addFavourite}
          data-testid="editor-favourite-add"
        >
          {t.add}
        </Button>
      </Group>
    </>
  );
}
