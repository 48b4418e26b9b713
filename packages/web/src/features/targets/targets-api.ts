import type { SetTargetRequest, TargetRevision, TargetView } from '@syt/core/api/targets.ts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client.ts';

export const targetKeys = {
  all: ['targets'] as const,
  list: (org: string, year: number) => ['targets', 'list', org, year] as const,
  history: (id: number) => ['targets', 'history', id] as const,
};

/** GET /api/targets: the targets in force at a unit and below it, with their achievement. */
export function targetsQuery(org: string, year: number) {
  return queryOptions({
    queryKey: targetKeys.list(org, year),
    queryFn: async () => (await apiGet<{ targets: TargetView[] }>('/api/targets', { org, year: String(year) })).targets,
    staleTime: 60_000,
  });
}

export function targetHistoryQuery(id: number) {
  return queryOptions({
    queryKey: targetKeys.history(id),
    queryFn: async () => (await apiGet<{ revisions: TargetRevision[] }>(`/api/targets/${id}/history`)).revisions,
  });
}

/** POST /api/targets: a decision's target (400 naming each field it cannot take, 409 for the decision in force). */
export function setTarget(request: SetTargetRequest): Promise<TargetView> {
  return apiSend<TargetView>('POST', '/api/targets', request);
}
