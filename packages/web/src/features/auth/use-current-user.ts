import type { UserView } from '@syt/core/api/contract.ts';
import { useQuery } from '@tanstack/react-query';
import { sessionQuery } from './session-query.ts';

/** The signed-in user; only for components under the auth guard, which guarantees a session. */
export function useCurrentUser(): UserView {
  const { data } = useQuery(sessionQuery);
  if (!data) throw new Error('useCurrentUser used outside the authenticated shell');
  return data;
}
