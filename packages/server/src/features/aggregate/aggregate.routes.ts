import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { aggregateQuery, aggregateResponse, monthQuery, monthResponse } from './aggregate.schema.ts';
import { aggregate, aggregateMonth } from './aggregate.service.ts';

/** Figures computed from stored values on request: an item over a range, and the monthly-report set. */
export async function aggregateRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/aggregate', { schema: { querystring: aggregateQuery, response: { 200: aggregateResponse } } }, async (req) =>
    aggregate(ctx, actorOf(req), req.query),
  );
  r.get('/aggregate/month', { schema: { querystring: monthQuery, response: { 200: monthResponse } } }, async (req) =>
    aggregateMonth(ctx, actorOf(req), req.query),
  );
}
