import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import * as s from './request-reviews.schema.ts';
import { listReviews, openReview, returnReview, reviewFile, sendReview } from './request-reviews.service.ts';

/**
 * Units' own reviews asked by a reporting request: list, open (created on first call), send, return to the unit,
 * download what was sent.
 */
export async function requestReviewRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/requests/:id/reviews', { schema: { params: s.idParams } }, async (req) => listReviews(ctx, actorOf(req), req.params.id));
  r.post('/requests/:id/reviews', { schema: { params: s.idParams, body: s.openBody } }, async (req, reply) => {
    const { created, view } = await openReview(ctx, actorOf(req), req.params.id, req.body.unit);
    return reply.status(created ? 201 : 200).send(view);
  });
  r.post('/requests/:id/reviews/:unit/send', { schema: { params: s.unitParams, body: s.sendBody } }, async (req) =>
    sendReview(ctx, actorOf(req), req.params.id, req.params.unit, req.body.baseVersion),
  );
  r.post('/requests/:id/reviews/:unit/return', { schema: { params: s.unitParams, body: s.returnBody } }, async (req) =>
    returnReview(ctx, actorOf(req), req.params.id, req.params.unit, req.body),
  );
  r.get('/requests/:id/reviews/:unit/download', { schema: { params: s.unitParams, querystring: s.downloadQuery } }, async (req, reply) => {
    const file = await reviewFile(ctx, actorOf(req), req.params.id, req.params.unit, req.query.format);
    return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);
  });
}
