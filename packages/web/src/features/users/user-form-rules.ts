import { PASSWORD_MIN_LENGTH } from '@syt/core/auth/password-policy.ts';
import { vi } from '../../i18n/vi.ts';

const v = vi.users.validation;

// The server's rule; checked here too so the message appears before the round trip.
const USERNAME = /^[a-zA-Z0-9._-]{3,50}$/;

/** Client-side checks shared by the create and edit forms; each returns a Vietnamese message or null. */
export const userRules = {
  username: (value: string) => {
    if (!value.trim()) return v.usernameRequired;
    return USERNAME.test(value.trim()) ? null : v.usernameFormat;
  },
  displayName: (value: string) => (value.trim() ? null : v.displayNameRequired),
  password: (value: string) => (value.length >= PASSWORD_MIN_LENGTH ? null : v.passwordMin),
  /** For password resets: empty means "keep the current password". */
  optionalPassword: (value: string) => (value === '' || value.length >= PASSWORD_MIN_LENGTH ? null : v.passwordMin),
  role: (value: string | null) => (value ? null : v.roleRequired),
  orgUnitCode: (value: string | null) => (value ? null : v.scopeRequired),
};
