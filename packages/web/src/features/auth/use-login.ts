import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshCsrfToken } from '../../api/csrf.ts';
import { login } from './auth-api.ts';
import { sessionQuery } from './session-query.ts';

export interface Credentials {
  username: string;
  password: string;
}

/** Signs in, stores the user as the session and takes a fresh CSRF token bound to the new session. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password }: Credentials) => login(username, password),
    onSuccess: async (user) => {
      await refreshCsrfToken();
      queryClient.setQueryData(sessionQuery.queryKey, user);
    },
  });
}
