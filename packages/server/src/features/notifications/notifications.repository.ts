import type { NotificationTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

/** A notification to create; whether it is mailed is decided when it is stored. */
export interface NotificationDraft {
  userId: number;
  kind: string;
  title: string;
  body: string;
  link: string;
  dedupeKey: string;
}

/** An active user as the reminders see them: who they are, where their scope lies and where mail goes. */
export interface Recipient {
  id: number;
  username: string;
  role: string;
  email: string | null;
  orgUnitId: number;
  scopePath: string;
}

// Nine columns a row: 200 rows stay far below either engine's limit on bound parameters.
const BATCH = 200;

/** Stores the drafts, skipping any the user already has (same key); returns how many were new. */
export async function insertNotifications(db: Executor, drafts: NotificationDraft[], nowIso: string, mailTo: (userId: number) => boolean): Promise<number> {
  let created = 0;
  for (let i = 0; i < drafts.length; i += BATCH) {
    const rows = drafts.slice(i, i + BATCH).map((d) => ({
      user_id: d.userId, kind: d.kind, title: d.title, body: d.body, link: d.link, dedupe_key: d.dedupeKey,
      read_at: null, mail_status: mailTo(d.userId) ? ('PENDING' as const) : null, created_at: nowIso,
    }));
    const inserted = await db
      .insertInto('notification')
      .values(rows)
      .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
      .returning('id')
      .execute();
    created += inserted.length;
  }
  return created;
}

/** Active users with their scope root's path. */
export async function activeRecipients(db: Executor): Promise<Recipient[]> {
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('org_unit as o', 'o.id', 'u.org_unit_id')
    .select(['u.id', 'u.username', 'u.role', 'u.email', 'u.org_unit_id', 'o.path'])
    .where('u.active', '=', 1)
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ id: Number(r.id), username: r.username, role: r.role, email: r.email, orgUnitId: r.org_unit_id, scopePath: r.path }));
}

/** A user's notifications, newest first. */
export async function listNotifications(db: Executor, userId: number, limit: number) {
  return db.selectFrom('notification').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').limit(limit).execute();
}

/** How many of a user's notifications are unread. */
export async function countUnread(db: Executor, userId: number): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One notification by id, whoever it belongs to. */
export async function findNotification(db: Executor, id: number): Promise<Pick<NotificationTable, 'user_id'> | undefined> {
  return db.selectFrom('notification').select('user_id').where('id', '=', id).executeTakeFirst();
}

/** Marks one notification, or all of a user's, read (those already read keep their time). */
export async function markRead(db: Executor, userId: number, nowIso: string, id?: number): Promise<void> {
  let q = db.updateTable('notification').set({ read_at: nowIso }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (id !== undefined) q = q.where('id', '=', id);
  await q.execute();
}
