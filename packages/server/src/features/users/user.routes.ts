import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { roleGuard } from '../../http/guards.ts';
import { createUserBody, updateUserBody, userIdParams } from './user.schema.ts';
import { createUser, listVisibleUsers, unlockUser, updateExistingUser } from './user.service.ts';

/** User administration (admins, within their scope). */
export async function userRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const onRequest = roleGuard('administer');
  r.get('/users', { onRequest }, async (req) => ({ users: await listVisibleUsers(ctx, actorOf(req)) }));
  r.post('/users', { onRequest, schema: { body: createUserBody } }, async (req, reply) =>
    reply.status(201).send({ user: await createUser(ctx, actorOf(req), req.body) }),
  );
  r.patch('/users/:id', { onRequest, schema: { params: userIdParams, body: updateUserBody } }, async (req) => ({
    user: await updateExistingUser(ctx, actorOf(req), req.params.id, req.body),
  }));
  r.post('/users/:id/unlock', { onRequest, schema: { params: userIdParams } }, async (req) => ({
    user: await unlockUser(ctx, actorOf(req), req.params.id),
  }));
}
