import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { createRequest, fetchRequest, fetchRequests, submitReport } from './requests-api.ts';

export const requestKeys = {
  all: ['requests'] as const,
  detail: (id: number) => ['requests', id] as const,
};

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
