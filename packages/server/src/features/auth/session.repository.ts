import type { Executor } from '../metadata/upsert.ts';

/** Stores a session under the hash of its token. */
export async function insertSession(db: Executor, row: { id: string; userId: number; createdAt: string; expiresAt: string }) {
  await db
    .insertInto('session')
    .values({ id: row.id, user_id: row.userId, created_at: row.createdAt, expires_at: row.expiresAt })
    .execute();
}

/** The live session with this id, or undefined when missing or expired. */
export async function findLiveSession(db: Executor, id: string, nowIso: string) {
  return db
    .selectFrom('session')
    .select(['id', 'user_id', 'expires_at'])
    .where('id', '=', id)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
}

export async function deleteSession(db: Executor, id: string) {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

/** Ends every session of a user (password reset, deactivation). */
export async function deleteUserSessions(db: Executor, userId: number) {
  await db.deleteFrom('session').where('user_id', '=', userId).execute();
}

/** Ends every session of a user but one (a password changed from that session). */
export async function deleteOtherSessions(db: Executor, userId: number, keepId: string) {
  await db.deleteFrom('session').where('user_id', '=', userId).where('id', '!=', keepId).execute();
}
