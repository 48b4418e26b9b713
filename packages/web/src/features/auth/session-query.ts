import { queryOptions } from '@tanstack/react-query';
import { fetchSession } from './auth-api.ts';

/** The session query: the signed-in user or null; refreshed only by sign-in, sign-out and 401s. */
export const sessionQuery = queryOptions({
  queryKey: ['session'] as const,
  queryFn: fetchSession,
  staleTime: Infinity,
  retry: false,
});
