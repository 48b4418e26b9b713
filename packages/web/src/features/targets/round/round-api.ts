import type { AgreeProposalsRequest, ApproveProposalsAnswer, FieldReview, ProposalGrid, SaveProposalsRequest } from '@syt/core/api/target-round.ts';
import type { TargetDecision } from '@syt/core/api/targets.ts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../api/client.ts';

export const roundKeys = {
  grid: (requestId: number, unit: string) => ['target-round', requestId, unit] as const,
  field: (requestId: number, unit: string) => ['target-round', requestId, 'field', unit] as const,
};

/** GET /api/requests/:id/targets/field: the districts' proposals a provincial unit agrees. */
export function fieldReviewQuery(requestId: number, unit: string) {
  return queryOptions({
    queryKey: roundKeys.field(requestId, unit),
    queryFn: () => apiGet<FieldReview>(`/api/requests/${requestId}/targets/field`, { unit }),
  });
}

export function agreeProposals(requestId: number, request: AgreeProposalsRequest): Promise<FieldReview> {
  return apiSend<FieldReview>('POST', `/api/requests/${requestId}/targets/agree`, request);
}

/** GET /api/requests/:id/targets: one unit's proposal grid. */
export function proposalGridQuery(requestId: number, unit: string) {
  return queryOptions({
    queryKey: roundKeys.grid(requestId, unit),
    queryFn: () => apiGet<ProposalGrid>(`/api/requests/${requestId}/targets`, { unit }),
  });
}

export function saveProposals(requestId: number, request: SaveProposalsRequest): Promise<ProposalGrid> {
  return apiSend<ProposalGrid>('PUT', `/api/requests/${requestId}/targets`, request);
}

export function submitProposals(requestId: number, unit: string): Promise<ProposalGrid> {
  return apiSend<ProposalGrid>('POST', `/api/requests/${requestId}/targets/submit`, { unit });
}

export function approveProposals(requestId: number, decision: TargetDecision): Promise<ApproveProposalsAnswer> {
  return apiSend<ApproveProposalsAnswer>('POST', `/api/requests/${requestId}/targets/approve`, { decision });
}
