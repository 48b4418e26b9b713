import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { failureWindowStart, lockEnd, LOCKOUT, minutesLeft } from './lockout.ts';
import { lockedUntil, lockKey, pruneExpired, recordAttempt } from './login-failure.repository.ts';

export interface LockoutContext {
  db: Database;
  clock: Clock;
}

const locked = (until: string, now: Date) => new AppError(423, 'ACCOUNT_LOCKED', vi.accountLocked(minutesLeft(until, now)));

/** The answer to a wrong secret: the same for every name, existing or not. */
export type WrongAnswer = (attemptsLeft: number) => AppError;

export const wrongPassword: WrongAnswer = (left) => new AppError(401, 'INVALID_CREDENTIALS', vi.attemptsLeft(left));

/**
 * Runs a credential check under the lockout rule (5 attempts in 15 minutes lock the name for 15 minutes).
 * The attempt is counted before the check, so a burst of simultaneous guesses cannot slip past the limit
 * while the slow hash runs; `check` returns null for a wrong secret. Attempts are cleared by the caller
 * once a session opens, not here: a right password before a second factor must not reset the count.
 */
export async function underLockout<T>(
  ctx: LockoutContext,
  key: string,
  check: () => Promise<T | null>,
  wrong: WrongAnswer = wrongPassword,
): Promise<T> {
  const now = ctx.clock.now();
  await pruneExpired(ctx.db, failureWindowStart(now), now.toISOString());
  const until = await lockedUntil(ctx.db, key, now.toISOString());
  if (until) throw locked(until, now);
  const attempts = await recordAttempt(ctx.db, key, now.toISOString(), failureWindowStart(now));
  if (attempts > LOCKOUT.maxFailures) throw await lock(ctx, key, now);
  const result = await check();
  if (result !== null) return result;
  if (attempts === LOCKOUT.maxFailures) throw await lock(ctx, key, now);
  throw wrong(LOCKOUT.maxFailures - attempts);
}

async function lock(ctx: LockoutContext, key: string, now: Date): Promise<AppError> {
  const until = lockEnd(now);
  await lockKey(ctx.db, key, until);
  return locked(until, now);
}
