import type { DashboardInput, DashboardListView, DashboardView } from '@syt/core/api/analytics.ts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client.ts';

// Tables and favourites are the analysis page's queries: one cache for both pages.
export { analyticsQuery, favouritesQuery } from '../analytics/analytics-api.ts';

/** Query keys; any change to a dashboard, or to the home choice, invalidates `dashboards`. */
export const dashboardKeys = {
  all: ['dashboards'] as const,
  list: ['dashboards', 'list'] as const,
  detail: (id: number | null) => ['dashboards', 'detail', id ?? 'default'] as const,
};

/** The caller's role default, own and shared dashboards, and which one is the home page. */
export const dashboardsQuery = queryOptions({
  queryKey: dashboardKeys.list,
  queryFn: () => apiGet<DashboardListView>('/api/dashboards'),
  staleTime: 0,
});

/** One dashboard by its id, or the built-in one of the caller's role (null). */
export function dashboardQuery(id: number | null) {
  return queryOptions({
    queryKey: dashboardKeys.detail(id),
    queryFn: () => apiGet<DashboardView>(`/api/dashboards/${id ?? 'default'}`),
    staleTime: 0,
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
  return useMutation({
    mutationFn: (id: number) => apiSend<unknown>('DELETE', `/api/dashboards/${id}`),
    onSuccess: invalidate,
  });
}

/** "Đặt làm trang chủ": a dashboard's id, or null for the role default. */
export function useSetHomeDashboard() {
  const invalidate = useInvalidateDashboards();
  return useMutation({
    mutationFn: (id: number | null) => apiSend<unknown>('PUT', '/api/dashboards/home', { id }),
    onSuccess: invalidate,
  });
}

/** The dashboard the home page shows: the chosen one while the caller may still open it, else the role default. */
export function homeDashboard(list: DashboardListView): DashboardView | undefined {
  return (
    list.items.find((d) => d.id !== null && d.id === list.home) ??
    list.items.find((d) => d.id === null) ??
    list.items[0]
  );
}
