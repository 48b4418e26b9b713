import type { Executor } from '../metadata/upsert.ts';

/** A notification waiting to be mailed, with its recipient's address. */
export interface PendingMail {
  id: number;
  email: string;
  title: string;
  body: string;
  link: string;
  attempts: number;
}

/** Notifications still to be mailed, oldest first. */
export async function pendingMail(db: Executor, limit: number): Promise<PendingMail[]> {
  const rows = await db
    .selectFrom('notification as n')
    .innerJoin('app_user as u', 'u.id', 'n.user_id')
    .select(['n.id', 'u.email', 'n.title', 'n.body', 'n.link', 'n.mail_attempts'])
    .where('n.mail_status', '=', 'PENDING')
    .where('u.email', 'is not', null)
    .orderBy('n.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: Number(r.id), email: r.email!, title: r.title, body: r.body, link: r.link, attempts: Number(r.mail_attempts) }));
}

/** Records the outcome of one send: SENT, or another failed attempt (FAILED after the last one). */
export async function recordMailAttempt(db: Executor, id: number, sent: boolean, attempts: number, maxAttempts: number): Promise<void> {
  const status = sent ? 'SENT' : attempts >= maxAttempts ? 'FAILED' : 'PENDING';
  await db.updateTable('notification').set({ mail_status: status, mail_attempts: attempts }).where('id', '=', id).execute();
}
