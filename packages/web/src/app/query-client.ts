import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../api/api-error.ts';
import { sessionQuery } from '../features/auth/session-query.ts';

function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 401;
}

/** The app's QueryClient: a 401 anywhere ends the session (the auth guard then shows the sign-in page). */
export function createQueryClient(): QueryClient {
  const endSession = (error: unknown) => {
    if (isUnauthenticated(error)) queryClient.setQueryData(sessionQuery.queryKey, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: endSession }),
    mutationCache: new MutationCache({ onError: endSession }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx) will not change on retry; network and server errors may.
        retry: (failures, error) =>
          failures < 2 && !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500),
      },
    },
  });
  return queryClient;
}
