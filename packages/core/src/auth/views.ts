/** Response shapes of sign-in and of a user's own account (password, second factor). */
import type { UserView } from '../api/contract.ts';

/**
 * POST /api/auth/login and POST /api/auth/login/totp: either the session is open (with a CSRF token of a
 * new secret, the one from before sign-in no longer passes, and the server's clock) or the password was right and a
 * code is needed.
 */
export type LoginView = { user: UserView; csrfToken: string; now: string } | { secondFactorRequired: true };

/** GET /api/auth/totp */
export interface SecondFactorStatusView {
  /** Whether this user's role may use a second factor (admins and leaders). */
  available: boolean;
  enabled: boolean;
  recoveryCodesLeft: number;
}

/** POST /api/auth/totp/setup: the secret not yet in force, as an otpauth:// address and a PNG data URL. */
export interface SecondFactorSetupView {
  secret: string;
  uri: string;
  qrCode: string;
}

/** POST /api/auth/totp/enable: the recovery codes, shown once. */
export interface RecoveryCodesView {
  recoveryCodes: string[];
}
