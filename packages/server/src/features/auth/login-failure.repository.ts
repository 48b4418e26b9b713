import type { Executor } from '../metadata/upsert.ts';

export async function recordFailure(db: Executor, userId: number, atIso: string) {
  await db.insertInto('login_failure').values({ user_id: userId, failed_at: atIso }).execute();
}

/** Failed sign-ins of a user at or after a moment. */
export async function countFailuresSince(db: Executor, userId: number, sinceIso: string): Promise<number> {
  const row = await db
    .selectFrom('login_failure')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('failed_at', '>', sinceIso)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function clearFailures(db: Executor, userId: number) {
  await db.deleteFrom('login_failure').where('user_id', '=', userId).execute();
}
