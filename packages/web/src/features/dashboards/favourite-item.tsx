import type { FavouriteView } from '@syt/core/api/analytics.ts';
import { Anchor, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { dashVi } from '../../i18n/dashboards.vi.ts';
import { AnalyticsView } from './analytics-view.tsx';
import { WidgetCard } from './widgets/widget-card.tsx';

const t = dashVi.favourite;

/** Where the analysis page opens a saved favourite. */
export function favouriteHref(id: number): string {
  return `/phan-tich/yeu-thich/${id}`;
}

/** A saved pivot or chart, drawn read-only from its query; the title opens it in the analysis page. */
export function FavouriteItem({ favourite }: { favourite: FavouriteView }) {
  const navigate = useNavigate();
  return (
    <WidgetCard
      title={favourite.name}
      testId="dashboard-favourite"
      action={
        <Anchor
          size="sm"
          href={favouriteHref(favourite.id)}
          onClick={(event) => {
            // A real link (opens in a new tab too); a plain click stays in the app.
            if (event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            void navigate({ href: favouriteHref(favourite.id) });
          }}
          data-testid="dashboard-favourite-open"
        >
          {t.open}
        </Anchor>
      }
    >
      <AnalyticsView kind={favourite.kind} query={favourite.query} layout={favourite.layout} />
    </WidgetCard>
  );
}

/** A favourite the dashboard names that the caller may no longer open. */
export function MissingFavourite({ id }: { id: number }) {
  return (
    <WidgetCard title={dashVi.editor.unknownFavourite(id)} testId="dashboard-favourite-missing">
      <Text c="dimmed">{t.notShared}</Text>
    </WidgetCard>
  );
}
