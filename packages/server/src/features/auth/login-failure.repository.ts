import { sql } from 'kysely';
import type { Executor } from '../metadata/upsert.ts';

/** The key attempts are counted under: the name as typed, normalised, whether or not such a user exists. */
export const loginKey = (username: string) => username.normalize('NFC').trim().toLowerCase();

/**
 * Records an attempt, then counts the key's attempts after `sinceIso`, this one included. Insert before count:
 * of any number of simultaneous attempts, the k-th to be stored sees at least k, so at most the allowed number
 * see a count within the limit.
 */
export async function recordAttempt(db: Executor, key: string, atIso: string, sinceIso: string): Promise<number> {
  await db.insertInto('login_attempt').values({ login_key: key, attempted_at: atIso }).execute();
  const row = await db
    .selectFrom('login_attempt')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('login_key', '=', key)
    .where('attempted_at', '>', sinceIso)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Forgets attempts that no longer count and locks that have ended, of every name. */
export async function pruneExpired(db: Executor, sinceIso: string, nowIso: string): Promise<void> {
  await db.deleteFrom('login_attempt').where('attempted_at', '<=', sinceIso).execute();
  await db.deleteFrom('login_lock').where('locked_until', '<=', nowIso).execute();
}

/** When the key's lock ends, or null when it is not locked now. */
export async function lockedUntil(db: Executor, key: string, nowIso: string): Promise<string | null> {
  const row = await db
    .selectFrom('login_lock')
    .select('locked_until')
    .where('login_key', '=', key)
    .where('locked_until', '>', nowIso)
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

/** Locks the key until a moment; the user of that name (if any) shows as locked to administrators. */
export async function lockKey(db: Executor, key: string, untilIso: string): Promise<void> {
  await db
    .insertInto('login_lock')
    .values({ login_key: key, locked_until: untilIso })
    .onConflict((oc) => oc.column('login_key').doUpdateSet({ locked_until: untilIso }))
    .execute();
  await db.updateTable('app_user').set({ locked_until: untilIso }).where(sql<string>`lower(username)`, '=', key).execute();
}

/** Forgets the key's attempts and lock (a successful sign-in). */
export async function clearAttempts(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('login_attempt').where('login_key', '=', key).execute();
  await db.deleteFrom('login_lock').where('login_key', '=', key).execute();
}

/** Forgets a user's failed attempts and lock (an administrator unlocking the account). */
export async function clearFailures(db: Executor, userId: number): Promise<void> {
  const user = await db.selectFrom('app_user').select('username').where('id', '=', userId).executeTakeFirst();
  if (user) await clearAttempts(db, loginKey(user.username));
}
