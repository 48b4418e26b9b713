import type { FavouriteView } from '@syt/core/api/analytics.ts';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { searchFromState, stateFromSearch, type AnalyticsSearch, type AnalyticsState } from './analytics-search.ts';
import { AnalyticsWorkspace } from './analytics-workspace.tsx';

/** Phân tích dữ liệu: the whole state in the address, so a link opens the same table or chart. */
export function AnalyticsPage({ search }: { search: AnalyticsSearch }) {
  const navigate = useNavigate();
  const state = useMemo(() => stateFromSearch(search), [search]);
  const go = (next: AnalyticsState) => void navigate({ to: '/phan-tich', search: searchFromState(next) });
  const saved = (favourite: FavouriteView) =>
    void navigate({ to: '/phan-tich/yeu-thich/$favouriteId', params: { favouriteId: String(favourite.id) } });
  return <AnalyticsWorkspace state={state} onChange={go} onSaved={saved} />;
}
