import { reusableQuery } from '../../db/reusable-query.ts';
import type { Executor } from '../metadata/upsert.ts';
import type { UserRecord } from '../users/user.repository.ts';

/** Stores a session under the hash of its token. */
export async function insertSession(db: Executor, row: { id: string; userId: number; createdAt: string; expiresAt: string }) {
  await db
    .insertInto('session')
    .values({ id: row.id, user_id: row.userId, created_at: row.createdAt, expires_at: row.expiresAt })
    .execute();
}

const liveSessionUser = reusableQuery((db, id: string, nowIso: string) =>
  db
    .selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('org_unit as o', 'o.id', 'u.org_unit_id')
    .select([
      'u.id', 'u.username', 'u.display_name', 'u.email', 'u.password_hash', 'u.role', 'u.active', 'u.locked_until',
      'u.org_unit_id', 'u.can_edit_expired', 'o.code as org_unit_code', 'o.name as org_unit_name', 'o.path as org_unit_path',
    ])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', nowIso),
);

/**
 * The user behind a live session, in one prebuilt query (every API request asks): the same row as
 * `findUserById`, or undefined when the session is missing or expired.
 */
export async function findLiveSessionUser(db: Executor, id: string, nowIso: string): Promise<UserRecord | undefined> {
  return (await liveSessionUser(db, id, nowIso))[0];
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
