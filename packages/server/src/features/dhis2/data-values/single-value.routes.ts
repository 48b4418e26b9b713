import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app.ts';
import { actorOf } from '../../../http/auth-hooks.ts';
import { roleGuard } from '../../../http/guards.ts';
import { cellQuery, saveQuery } from './single-value.schema.ts';
import { deleteSingleValue, readSingleValue, saveSingleValue } from './single-value.service.ts';

/** DHIS2's `/api/dataValues`: one value read, stored or deleted by query parameters, over SYT's data entry. */
export async function singleValueRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/dataValues', { schema: { querystring: cellQuery } }, async (req) => readSingleValue(ctx, actorOf(req), req.query));
  r.post('/dataValues', { onRequest: roleGuard('enter'), schema: { querystring: saveQuery } }, async (req, reply) => {
    await saveSingleValue(ctx, actorOf(req), req.query);
    return reply.status(201).send();
  });
  r.delete('/dataValues', { onRequest: roleGuard('enter'), schema: { querystring: cellQuery } }, async (req, reply) => {
    await deleteSingleValue(ctx, actorOf(req), req.query);
    return reply.status(204).send();
  });
}
