import type { CsrfView } from '@syt/core/api/contract.ts';
import { httpRequest } from './http.ts';

let token: string | null = null;
let pending: Promise<string> | null = null;

/** Fetches a fresh CSRF token (at start-up, after sign-in/sign-out, after CSRF_INVALID). */
export function refreshCsrfToken(): Promise<string> {
  pending ??= httpRequest<CsrfView>({ method: 'GET', path: '/api/auth/csrf' })
    .then((view) => {
      token = view.csrfToken;
      return token;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

/** The current CSRF token, fetched on first use. */
export function getCsrfToken(): Promise<string> {
  return token !== null ? Promise.resolve(token) : refreshCsrfToken();
}

/** Takes the token a sign-in answered with: the session's CSRF secret is new, the old token no longer passes. */
export function setCsrfToken(fresh: string): void {
  token = fresh;
}
