import type {
  AnalyticsQuery,
  AnalyticsTable,
  DashboardInput,
  DashboardListView,
  DashboardView,
  FavouriteListView,
} from '@syt/core/api/analytics.ts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client.ts';

/** Query keys; any change to a dashboard, or to the home choice, invalidates `dashboards`. */
export const dashboardKeys = {
  all: ['dashboards'] as const,
  list: ['dashboards', 'list'] as const,
  detail: (id: number) => ['dashboards', 'detail', id] as const,
  defaultView: ['dashboards', 'default'] as const,
};

/** The caller's role default, own and shared dashboards, and which one is the home page. */
export const dashboardsQuery = queryOptions({
  queryKey: dashboardKeys.list,
  queryFn: () => apiGet<DashboardListView>('/api/dashboards'),
  staleTime: 0,
});

export function dashboardQuery(id: number) {
  return queryOptions({ queryKey: dashboardKeys.detail(id), queryFn: () => apiGet<DashboardView>(`/api/dashboards/${id}`) });
}

/** The built-in dashboard of the caller's role. */
export const defaultDashboardQuery = queryOptions({
  queryKey: dashboardKeys.defaultView,
  queryFn: () => apiGet<DashboardView>('/api/dashboards/default'),
});

/** The favourites the caller may open (own and shared), to add to a dashboard. */
export const favouritesQuery = queryOptions({
  queryKey: ['analytics', 'favourites'] as const,
  queryFn: () => apiGet<FavouriteListView>('/api/analytics/favourites'),
  staleTime: 0,
});

/** An analytics table computed on request; the same query shares one answer across the page's cards. */
export function analyticsQuery(query: AnalyticsQuery) {
  return queryOptions({
    queryKey: ['analytics', 'table', query] as const,
    queryFn: () => apiSend<AnalyticsTable>('POST', '/api/analytics', query),
    staleTime: 60_000,
  });
}

function useInvalidateDashboards() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: dashboardKeys.all });
}

/** Creates a dashboard (no id) or replaces one; answers the dashboard as stored. */
export function useSaveDashboard(id: number | null) {
  const invalidate = useInvalidateDashboards();
  return useMutation({
    mutationFn: (input: DashboardInput) =>
      id === null
        ? apiSend<DashboardView>('POST', '/api/dashboards', input)
        : apiSend<DashboardView>('PUT', `/api/dashboards/${id}`, input),
    onSuccess: invalidate,
  });
}

export function useDeleteDashboard() {
  const invalidate = useInvalidateDashboards();
  return useMutation({ mutationFn: (id: number) => apiSend<unknown>('DELETE', `/api/dashboards/${id}`), onSuccess: invalidate });
}

/** "Đặt làm trang chủ": a dashboard's id, or null for the role default. */
export function useSetHomeDashboard() {
  const invalidate = useInvalidateDashboards();
  return useMutation({
    mutationFn: (id: number | null) => apiSend<unknown>('PUT', '/api/dashboards/home', { id }),
    onSuccess: invalidate,
  });
}
