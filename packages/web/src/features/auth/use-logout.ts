import { useMutation } from '@tanstack/react-query';
import { logout } from './auth-api.ts';

/**
 * Signs out, then reloads on the sign-in page: a full reload drops every cached answer of the
 * previous user and fetches a fresh CSRF token at start-up.
 */
export function useLogout() {
  return useMutation({
    mutationFn: logout,
    onSettled: () => window.location.replace('/dang-nhap'),
  });
}
