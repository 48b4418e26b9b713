import { createHash, randomBytes } from 'node:crypto';
import type { UserView } from '@syt/core/api/contract.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { presentUser } from '../users/user.presenter.ts';
import { findUserByUsername, updateUser, type UserRecord } from '../users/user.repository.ts';
import { failureWindowStart, lockEnd, LOCKOUT, minutesLeft } from './lockout.ts';
import { clearFailures, countFailuresSince, recordFailure } from './login-failure.repository.ts';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import { deleteSession, findLiveSessionUser, insertSession } from './session.repository.ts';

export interface AuthContext {
  db: Database;
  clock: Clock;
  sessionHours: number;
}

const sessionId = (token: string) => createHash('sha256').update(token).digest('base64url');

const locked = (until: string, now: Date) => new AppError(423, 'ACCOUNT_LOCKED', vi.accountLocked(minutesLeft(until, now)));
const invalid = (message: string = vi.invalidCredentials) => new AppError(401, 'INVALID_CREDENTIALS', message);

/** Checks a password, applying the lockout rule, and opens a session; returns its cookie token. */
export async function login(ctx: AuthContext, username: string, password: string) {
  const now = ctx.clock.now();
  const user = await findUserByUsername(ctx.db, username);
  if (!user) {
    await verifyPassword(await decoyPasswordHash(), password);
    throw invalid();
  }
  if (user.locked_until && user.locked_until > now.toISOString()) throw locked(user.locked_until, now);
  if (!(await verifyPassword(user.password_hash, password))) throw await failedAttempt(ctx, user, now);
  if (!user.active) throw new AppError(403, 'ACCOUNT_DISABLED', vi.accountDisabled);
  await clearFailures(ctx.db, user.id);
  if (user.locked_until) await updateUser(ctx.db, user.id, { locked_until: null });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ctx.sessionHours * 3_600_000);
  await insertSession(ctx.db, {
    id: sessionId(token),
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, user: presentUser({ ...user, locked_until: null }, now.toISOString()) };
}

async function failedAttempt(ctx: AuthContext, user: UserRecord, now: Date): Promise<AppError> {
  await recordFailure(ctx.db, user.id, now.toISOString());
  const failures = await countFailuresSince(ctx.db, user.id, failureWindowStart(now));
  if (failures < LOCKOUT.maxFailures) return invalid(vi.attemptsLeft(LOCKOUT.maxFailures - failures));
  const until = lockEnd(now);
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { locked_until: until });
    await clearFailures(trx, user.id);
  });
  return locked(until, now);
}

/** The user behind a session cookie token, or null when it is unknown, expired or the user is inactive. */
export async function authenticate(ctx: AuthContext, token: string): Promise<{ actor: Actor; user: UserView } | null> {
  const now = ctx.clock.now().toISOString();
  const user = await findLiveSessionUser(ctx.db, sessionId(token), now);
  if (!user || !user.active) return null;
  return {
    actor: {
      id: user.id,
      username: user.username,
      role: presentUser(user, now).role,
      scopePath: user.org_unit_path,
      canEditExpired: Boolean(user.can_edit_expired),
    },
    user: presentUser(user, now),
  };
}

/** Ends the session behind a cookie token. */
export async function logout(ctx: AuthContext, token: string): Promise<void> {
  await deleteSession(ctx.db, sessionId(token));
}
