/** The rules a new password must meet, shared by the server (which enforces them) and the web (which shows them). */
export const PASSWORD_MIN_LENGTH = 10;

/** Why a password is refused; each side words it in its own Vietnamese strings. */
export type PasswordProblem = 'tooShort' | 'blank' | 'containsUsername' | 'common';

/**
 * The first rule a new password breaks, or null when it passes. `isCommon` receives the lower-cased password:
 * the list of common passwords is large, so the caller that has it (the server) passes the look-up in.
 */
export function passwordProblem(
  password: string,
  username: string,
  isCommon: (lowerCased: string) => boolean = () => false,
): PasswordProblem | null {
  if (password.trim() === '') return 'blank';
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'tooShort';
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name !== '' && lower.includes(name)) return 'containsUsername';
  if (isCommon(lower)) return 'common';
  return null;
}
