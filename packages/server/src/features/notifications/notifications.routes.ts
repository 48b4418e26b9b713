import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { myNotifications, readAllNotifications, readNotification } from './notifications.service.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });

/** The caller's own notifications: list, mark one read, mark all read. */
export async function notificationRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/notifications', async (req) => myNotifications(ctx, actorOf(req)));
  r.post('/notifications/read-all', async (req) => {
    await readAllNotifications(ctx, actorOf(req));
    return myNotifications(ctx, actorOf(req));
  });
  r.post('/notifications/:id/read', { schema: { params: idParams } }, async (req) => {
    await readNotification(ctx, actorOf(req), req.params.id);
    return myNotifications(ctx, actorOf(req));
  });
}
