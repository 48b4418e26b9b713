import type { SessionView, UserView } from '@syt/core/api/contract.ts';
import type { LoginView, RecoveryCodesView, SecondFactorSetupView, SecondFactorStatusView } from '@syt/core/auth/views.ts';
import { ApiRequestError } from '../../api/api-error.ts';
import { apiGet, apiSend } from '../../api/client.ts';
import { rememberServerNow } from '../../lib/server-clock.ts';

/** The signed-in user, or null when the server answers 401; learns the server's clock on the way. */
export async function fetchSession(): Promise<UserView | null> {
  try {
    const session = await apiGet<SessionView>('/api/auth/session');
    rememberServerNow(session.now);
    return session.user;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

/** POST /api/auth/login: the session, or the call for a second factor. */
export function login(username: string, password: string): Promise<LoginView> {
  return apiSend<LoginView>('POST', '/api/auth/login', { username, password });
}

/** POST /api/auth/login/totp: the second step, with a code from the app or a recovery code. */
export function loginSecondStep(answer: { code: string } | { recoveryCode: string }): Promise<LoginView> {
  return apiSend<LoginView>('POST', '/api/auth/login/totp', answer);
}

/** POST /api/auth/logout. */
export function logout(): Promise<void> {
  return apiSend<void>('POST', '/api/auth/logout');
}

/** POST /api/auth/password: the user's own password; their other sessions end. */
export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return apiSend<void>('POST', '/api/auth/password', { currentPassword, newPassword });
}

/** GET /api/auth/totp. */
export function fetchSecondFactorStatus(): Promise<SecondFactorStatusView> {
  return apiGet<SecondFactorStatusView>('/api/auth/totp');
}

/** POST /api/auth/totp/setup: a new secret and its QR code, not yet in force. */
export function setUpSecondFactor(): Promise<SecondFactorSetupView> {
  return apiSend<SecondFactorSetupView>('POST', '/api/auth/totp/setup');
}

/** POST /api/auth/totp/enable: confirms with a code; answers the recovery codes. */
export function enableSecondFactor(code: string): Promise<RecoveryCodesView> {
  return apiSend<RecoveryCodesView>('POST', '/api/auth/totp/enable', { code });
}

/** POST /api/auth/totp/disable. */
export function disableSecondFactor(password: string): Promise<void> {
  return apiSend<void>('POST', '/api/auth/totp/disable', { password });
}
