import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { createTokenBody, tokenIdParams } from './api-token.schema.ts';
import { createToken, listTokens, revokeOwnToken } from './api-token.service.ts';

/** Each user's own personal access tokens: every role may hold some, and sees and revokes only its own. */
export async function apiTokenRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get('/me/api-tokens', async (req) => ({ tokens: await listTokens(ctx, actorOf(req)) }));

  r.post('/me/api-tokens', { schema: { body: createTokenBody } }, async (req, reply) =>
    reply.status(201).send(await createToken(ctx, actorOf(req), req.body)),
  );

  r.delete('/me/api-tokens/:id', { schema: { params: tokenIdParams } }, async (req, reply) => {
    await revokeOwnToken(ctx, actorOf(req), req.params.id);
    return reply.status(204).send();
  });
}
