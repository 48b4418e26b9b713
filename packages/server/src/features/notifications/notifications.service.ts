import type { NotificationView } from '@syt/core/api/notifications.ts';
import type { AppContext } from '../../app.ts';
import { notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { countUnread, findNotification, listNotifications, markRead } from './notifications.repository.ts';

// The bell shows recent ones; older notifications stay stored but are not listed.
const LIST_LIMIT = 100;

/** The caller's notifications (newest first) and how many are unread. */
export async function myNotifications(ctx: AppContext, actor: Actor): Promise<{ notifications: NotificationView[]; unread: number }> {
  const rows = await listNotifications(ctx.db, actor.id, LIST_LIMIT);
  const notifications = rows.map((r) => ({
    id: Number(r.id), kind: r.kind, title: r.title, body: r.body, link: r.link, read: r.read_at !== null, createdAt: r.created_at,
  }));
  return { notifications, unread: await countUnread(ctx.db, actor.id) };
}

/** Marks one of the caller's notifications read: 404 when there is none or it is someone else's (the same answer). */
export async function readNotification(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  const row = await findNotification(ctx.db, id);
  if (!row || Number(row.user_id) !== actor.id) throw notFound(vi.notifications.notFound(id));
  await markRead(ctx.db, actor.id, ctx.clock.now().toISOString(), id);
}

/** Marks all of the caller's notifications read. */
export async function readAllNotifications(ctx: AppContext, actor: Actor): Promise<void> {
  await markRead(ctx.db, actor.id, ctx.clock.now().toISOString());
}
