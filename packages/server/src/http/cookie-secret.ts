import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.ts';

/** The key that signs cookies: made once per installation and kept in settings, so restarts keep tokens valid. */
export async function loadCookieSecret(db: Database): Promise<string> {
  const existing = await db.selectFrom('setting').select('value').where('key', '=', 'cookie_secret').executeTakeFirst();
  if (existing) return existing.value;
  const secret = randomBytes(32).toString('base64url');
  await db
    .insertInto('setting')
    .values({ key: 'cookie_secret', value: secret })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const stored = await db.selectFrom('setting').select('value').where('key', '=', 'cookie_secret').executeTakeFirstOrThrow();
  return stored.value;
}
