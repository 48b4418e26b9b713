import { passwordProblem } from '@syt/core/auth/password-policy.ts';
import { dictionary } from '@zxcvbn-ts/language-common';
import { badRequest } from '../../errors.ts';
import { authMessages } from './auth.messages.ts';
import { hashPassword } from './password.ts';

// About 50,000 entries: built on first use so a process that never sets a password does not pay for it.
let common: Set<string> | undefined;
const isCommon = (lowerCased: string) =>
  (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))).has(lowerCased);

/** Refuses a new password that breaks a rule, with a 400 naming the field it came from. */
export function requireAcceptablePassword(password: string, username: string, field = 'password'): void {
  const problem = passwordProblem(password, username, isCommon);
  if (!problem) return;
  const message = authMessages.password[problem];
  throw badRequest(message, [{ field, message }]);
}

/** Checks a new password against the rules, then hashes it: the one way a password is set. */
export async function hashNewPassword(password: string, username: string, field = 'password'): Promise<string> {
  requireAcceptablePassword(password, username, field);
  return hashPassword(password);
}
