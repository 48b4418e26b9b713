import type { SetTargetRequest, TargetDecisionView, TargetRevision, TargetView } from '@syt/core/api/targets.ts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client.ts';
import { postMultipart } from '../../api/multipart.ts';

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

export type Appendix = 'I' | 'II';

/** GET /api/targets/appendix: Phụ lục I (the unit's own targets) or II (its units'), as .xlsx. */
export function appendixUrl(org: string, year: number, appendix: Appendix): string {
  return `/api/targets/appendix?${new URLSearchParams({ org, year: String(year), appendix }).toString()}`;
}

/** GET /api/targets/:id/decision-file: the signed decision of a revision. */
export const decisionFileUrl = (id: number) => `/api/targets/${id}/decision-file`;

/** POST /api/targets/:id/decision-file: attaches the signed decision (PDF or a JPG/PNG scan), once. */
export function attachDecisionFile(id: number, file: File): Promise<TargetDecisionView> {
  return postMultipart<TargetDecisionView>(decisionFileUrl(id), { file });
}
