import type { Selectable } from 'kysely';
import type { ApiTokenTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

export type ApiTokenRow = Selectable<ApiTokenTable>;

/** A user's tokens, newest first (revoked ones included: the list shows when each was revoked). */
export async function listUserTokens(db: Executor, userId: number): Promise<ApiTokenRow[]> {
  return db.selectFrom('api_token').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').execute();
}

/** How many tokens a user holds that still work (not revoked, not expired): the per-user bound counts these. */
export async function countLiveTokens(db: Executor, userId: number, nowIso: string): Promise<number> {
  const row = await db
    .selectFrom('api_token')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertToken(
  db: Executor,
  row: Pick<ApiTokenRow, 'user_id' | 'name' | 'token_hash' | 'expires_at' | 'allowed_addresses' | 'created_at'>,
): Promise<ApiTokenRow> {
  return db.insertInto('api_token').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The token stored under a hash, whatever its state (the caller says why it is refused). */
export async function findTokenByHash(db: Executor, hash: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_token').selectAll().where('token_hash', '=', hash).executeTakeFirst();
}

/** Revokes one of the user's own tokens; false when the user has no such token. */
export async function revokeToken(db: Executor, userId: number, id: number, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('api_token')
    .set({ revoked_at: nowIso })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return true;
  const existing = await db.selectFrom('api_token').select('id').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return existing !== undefined;
}

export async function touchToken(db: Executor, id: number, nowIso: string): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: nowIso }).where('id', '=', id).execute();
}
