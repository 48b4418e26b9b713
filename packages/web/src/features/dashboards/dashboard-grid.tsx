import type { DashboardItem, DashboardView } from '@syt/core/api/analytics.ts';
import { Grid, Text } from '@mantine/core';
import { dashVi } from '../../i18n/dashboards.vi.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { FavouriteItem, MissingFavourite } from './favourite-item.tsx';
import { BuiltinWidget, widgetApplies } from './widgets/builtin-widget.tsx';

function itemKey(item: DashboardItem, index: number): string {
  return item.kind === 'widget' ? `w-${item.widget}-${index}` : `f-${item.favouriteId}-${index}`;
}

/**
 * A dashboard's items in a grid of 12 columns, each as wide as it says from 992 px and full width below. A favourite
 * the caller may no longer open keeps its place with a note; a built-in card the role has no use for is left out.
 */
export function DashboardGrid({ dashboard }: { dashboard: DashboardView }) {
  const { role } = useCurrentUser();
  const favourites = new Map(dashboard.favourites.map((f) => [f.id, f]));
  const items = dashboard.items.filter((item) => item.kind === 'favourite' || widgetApplies(item.widget, role));
  if (items.length === 0) return <Text c="dimmed">{dashVi.view.empty}</Text>;
  return (
    <Grid gap="md" data-testid="dashboard-grid" align="stretch">
      {items.map((item, index) => {
        const favourite = item.kind === 'favourite' ? favourites.get(item.favouriteId) : undefined;
        return (
          <Grid.Col
            key={itemKey(item, index)}
            span={{ base: 12, md: item.width }}
            data-testid="dashboard-item"
            data-width={item.width}
          >
            {item.kind === 'widget' ? (
              <BuiltinWidget widget={item.widget} />
            ) : favourite ? (
              <FavouriteItem favourite={favourite} />
            ) : (
              <MissingFavourite id={item.favouriteId} />
            )}
          </Grid.Col>
        );
      })}
    </Grid>
  );
}
