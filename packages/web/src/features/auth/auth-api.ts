import type { SessionView, UserView } from '@syt/core/api/contract.ts';
import { ApiRequestError } from '../../api/api-error.ts';
import { apiGet, apiSend } from '../../api/client.ts';

/** The signed-in user, or null when the server answers 401. */
export async function fetchSession(): Promise<UserView | null> {
  try {
    return (await apiGet<SessionView>('/api/auth/session')).user;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

/** POST /api/auth/login. */
export async function login(username: string, password: string): Promise<UserView> {
  return (await apiSend<SessionView>('POST', '/api/auth/login', { username, password })).user;
}

/** POST /api/auth/logout. */
export function logout(): Promise<void> {
  return apiSend<void>('POST', '/api/auth/logout');
}
