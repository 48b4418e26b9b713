import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import * as s from './favourites.schema.ts';
import {
  createFavourite,
  deleteFavourite,
  getFavourite,
  listFavourites,
  updateFavourite,
} from './favourites.service.ts';

/** Saved pivots and charts (every role): list own and shared, open, save, change, delete. */
export async function favouriteRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/analytics/favourites', { schema: { querystring: s.listQuery } }, async (req) =>
    listFavourites(ctx, actorOf(req), req.query.kind),
  );
  r.get('/analytics/favourites/:id', { schema: { params: s.idParams } }, async (req) =>
    getFavourite(ctx, actorOf(req), req.params.id),
  );
  r.post('/analytics/favourites', { schema: { body: s.favouriteInput } }, async (req, reply) =>
    reply.status(201).send(await createFavourite(ctx, actorOf(req), req.body)),
  );
  r.put('/analytics/favourites/:id', { schema: { params: s.idParams, body: s.favouriteInput } }, async (req) =>
    updateFavourite(ctx, actorOf(req), req.params.id, req.body),
  );
  r.delete('/analytics/favourites/:id', { schema: { params: s.idParams } }, async (req, reply) => {
    await deleteFavourite(ctx, actorOf(req), req.params.id);
    return reply.status(204).send();
  });
}
