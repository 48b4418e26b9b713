import type { Executor } from '../metadata/upsert.ts';

/** A user's second factor, confirmed or not. */
export async function findSecondFactor(db: Executor, userId: number) {
  return db.selectFrom('second_factor').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Stores a new, unconfirmed secret, replacing an unconfirmed one. */
export async function saveUnconfirmedSecret(db: Executor, userId: number, secret: string, atIso: string): Promise<void> {
  await db
    .insertInto('second_factor')
    .values({ user_id: userId, secret, enabled: 0, last_step: null, created_at: atIso })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret, enabled: 0, last_step: null, created_at: atIso }))
    .execute();
}

/**
 * Accepts a TOTP time step once: true when it is later than every step accepted before. One conditional
 * UPDATE, so two simultaneous uses of one code cannot both pass. Also confirms a secret being enabled.
 */
export async function acceptStep(db: Executor, userId: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('second_factor')
    .set({ last_step: step, enabled: 1 })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes the second factor and its recovery codes. */
export async function deleteSecondFactor(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  await db.deleteFrom('second_factor').where('user_id', '=', userId).execute();
}

/** Replaces a user's recovery codes with new hashes. */
export async function replaceRecoveryCodes(db: Executor, userId: number, hashes: string[]): Promise<void> {
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  await db.insertInto('recovery_code').values(hashes.map((code_hash) => ({ user_id: userId, code_hash }))).execute();
}

/** Marks an unused recovery code as used; true only for the one request that did so. */
export async function consumeRecoveryCode(db: Executor, userId: number, hash: string, atIso: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_code')
    .set({ used_at: atIso })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many recovery codes are still unused. */
export async function countRecoveryCodesLeft(db: Executor, userId: number): Promise<number> {
  const row = await db
    .selectFrom('recovery_code')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
