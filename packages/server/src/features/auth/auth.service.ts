import { createHash, randomBytes } from 'node:crypto';
import type { UserView } from '@syt/core/api/contract.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { presentUser } from '../users/user.presenter.ts';
import { findUserById, findUserByUsername, updateUser, type UserRecord } from '../users/user.repository.ts';
import { authMessages } from './auth.messages.ts';
import { underLockout, type WrongAnswer } from './lockout.service.ts';
import { clearAttempts, loginKey } from './login-failure.repository.ts';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import { secondFactorRequired, verifySecondFactor } from './second-factor.service.ts';
import { deleteSession, findLiveSessionUser, insertSession } from './session.repository.ts';

export interface AuthContext {
  db: Database;
  clock: Clock;
  sessionHours: number;
}

/** What a sign-in step leads to: an open session, or a request for the second factor. */
export type SignIn =
  | { kind: 'session'; token: string; user: UserView }
  | { kind: 'second-factor'; userId: number };

/** Sessions are stored under the hash of their cookie token. */
export const sessionId = (token: string) => createHash('sha256').update(token).digest('base64url');

const wrongCode: WrongAnswer = (left) => new AppError(401, 'INVALID_SECOND_FACTOR', authMessages.wrongCodeAttemptsLeft(left));

/**
 * Checks a password under the lockout rule. A name that does not exist is checked against a decoy hash and
 * counted like any other, so status, code and message never tell whether the name exists.
 */
export async function login(ctx: AuthContext, username: string, password: string): Promise<SignIn> {
  const user = await findUserByUsername(ctx.db, username);
  const verified = await underLockout(ctx, loginKey(username), async () => {
    const matches = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), password);
    return matches && user ? user : null;
  });
  if (!verified.active) throw new AppError(403, 'ACCOUNT_DISABLED', vi.accountDisabled);
  if (await secondFactorRequired(ctx.db, verified.id)) return { kind: 'second-factor', userId: verified.id };
  return openSession(ctx, verified);
}

/** The second step for a user whose password was right: a TOTP or recovery code, counted by the same lockout. */
export async function loginSecondStep(
  ctx: AuthContext,
  userId: number,
  answer: { code?: string | undefined; recoveryCode?: string | undefined },
): Promise<SignIn> {
  const user = await findUserById(ctx.db, userId);
  if (!user || !user.active) throw new AppError(401, 'SECOND_FACTOR_EXPIRED', authMessages.secondFactorExpired);
  const verified = await underLockout(ctx, loginKey(user.username), async () =>
    (await verifySecondFactor(ctx, user.id, answer)) ? user : null, wrongCode);
  return openSession(ctx, verified);
}

async function openSession(ctx: AuthContext, user: UserRecord): Promise<SignIn> {
  const now = ctx.clock.now();
  await clearAttempts(ctx.db, loginKey(user.username));
  if (user.locked_until) await updateUser(ctx.db, user.id, { locked_until: null });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ctx.sessionHours * 3_600_000);
  await insertSession(ctx.db, {
    id: sessionId(token),
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { kind: 'session', token, user: presentUser({ ...user, locked_until: null }, now.toISOString()) };
}

/** The user behind a session cookie token, or null when it is unknown, expired or the user is inactive. */
export async function authenticate(ctx: AuthContext, token: string): Promise<{ actor: Actor; user: UserView } | null> {
  const now = ctx.clock.now().toISOString();
  const user = await findLiveSessionUser(ctx.db, sessionId(token), now);
  if (!user || !user.active) return null;
  return signedInUser(user, now);
}

/** The actor and the user view of an authenticated user, whatever the credential (session, token, password). */
export function signedInUser(user: UserRecord, nowIso: string): { actor: Actor; user: UserView } {
  const view = presentUser(user, nowIso);
  return {
    actor: {
      id: user.id,
      username: user.username,
      role: view.role,
      scopePath: user.org_unit_path,
      canEditExpired: Boolean(user.can_edit_expired),
    },
    user: view,
  };
}

/** Ends the session behind a cookie token. */
export async function logout(ctx: AuthContext, token: string): Promise<void> {
  await deleteSession(ctx.db, sessionId(token));
}
