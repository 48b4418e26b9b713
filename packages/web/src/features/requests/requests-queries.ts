import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { createRequest, fetchRequest, fetchRequests, fetchReviews, openReview, returnReview, sendReview, submitReport } from './requests-api.ts';

export const requestKeys = {
  all: ['requests'] as const,
  detail: (id: number) => ['requests', id] as const,
  reviews: (id: number) => ['requests', id, 'reviews'] as const,
};

export function reviewsQuery(id: number) {
  return queryOptions({ queryKey: requestKeys.reviews(id), queryFn: () => fetchReviews(id) });
}

export const requestsQuery = queryOptions({ queryKey: requestKeys.all, queryFn: fetchRequests });

export function requestQuery(id: number) {
  return queryOptions({ queryKey: requestKeys.detail(id), queryFn: () => fetchRequest(id) });
}

/** Requests feed the to-do list and the bell too. */
function useInvalidateRequestViews() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([requestKeys.all, ['todo'], ['notifications']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useCreateRequest() {
  const invalidate = useInvalidateRequestViews();
  return useMutation({ mutationFn: createRequest, onSuccess: invalidate });
}

export function useSubmitReport(id: number) {
  const invalidate = useInvalidateRequestViews();
  return useMutation({
    mutationFn: (fields: { unit: string; note: string; files: File[] }) => submitReport(id, fields),
    onSuccess: invalidate,
  });
}

/** Opening a review creates the unit's report the first time. */
export function useOpenReview(id: number) {
  const invalidate = useInvalidateRequestViews();
  return useMutation({ mutationFn: (unit: string) => openReview(id, unit), onSuccess: invalidate });
}

/** Sending a review also records the unit's submission. */
export function useSendReview(id: number) {
  const invalidate = useInvalidateRequestViews();
  return useMutation({ mutationFn: (v: { unit: string; baseVersion: number }) => sendReview(id, v.unit, v.baseVersion), onSuccess: invalidate });
}

/** The department returns a unit's sent review for it to edit. */
export function useReturnReview(id: number) {
  const invalidate = useInvalidateRequestViews();
  return useMutation({
    mutationFn: (v: { unit: string; baseVersion: number; note: string }) => returnReview(id, v.unit, v.baseVersion, v.note),
    onSuccess: invalidate,
  });
}
