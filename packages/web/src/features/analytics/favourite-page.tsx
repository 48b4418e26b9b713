import { Loader } from '@mantine/core';
import type { FavouriteView } from '@syt/core/api/analytics.ts';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { favouriteQuery } from './analytics-api.ts';
import { searchFromState, stateFromFavourite, type AnalyticsState } from './analytics-search.ts';
import { AnalyticsWorkspace } from './analytics-workspace.tsx';

/**
 * A saved favourite opened by its address. A change leaves for `/phan-tich` with the favourite's id kept, so "Lưu"
 * still updates it; a favourite not shared with the user shows the server's refusal.
 */
export function FavouritePage({ favouriteId }: { favouriteId: number }) {
  const navigate = useNavigate();
  const favourite = useQuery(favouriteQuery(favouriteId));
  const state = useMemo(() => (favourite.data ? stateFromFavourite(favourite.data) : null), [favourite.data]);
  if (favourite.isError)
    return (
      <>
        <PageHeader title={t.favourites.title} />
        <LoadError error={favourite.error} onRetry={() => void favourite.refetch()} />
      </>
    );
  if (!state) return <Loader size="sm" aria-label={t.favourites.loading} />;
  const go = (next: AnalyticsState) => void navigate({ to: '/phan-tich', search: searchFromState(next) });
  const saved = (f: FavouriteView) =>
    void navigate({ to: '/phan-tich/yeu-thich/$favouriteId', params: { favouriteId: String(f.id) } });
  return <AnalyticsWorkspace state={state} onChange={go} onSaved={saved} />;
}
