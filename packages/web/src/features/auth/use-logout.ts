import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { refreshCsrfToken } from '../../api/csrf.ts';
import { logout } from './auth-api.ts';
import { sessionQuery } from './session-query.ts';

/** Signs out, returns to the sign-in page and forgets every cached answer of the previous user. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      await refreshCsrfToken().catch(() => undefined);
      queryClient.setQueryData(sessionQuery.queryKey, null);
      await navigate({ to: '/dang-nhap', replace: true });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
    },
  });
}
