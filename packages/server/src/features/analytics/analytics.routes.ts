import { vietnamDate } from '@syt/core/completeness/index.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { analyticsBody, analyticsQueryString, analyticsResponse } from './analytics.schema.ts';
import { runAnalytics } from './analytics.service.ts';

/** The analytics query: a table of items × org units × periods computed from the stored values on each request. */
export async function analyticsRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  // The department's calendar day: relative periods turn at midnight in Vietnam, not in UTC.
  const today = () => vietnamDate(ctx.clock.now());
  r.post('/analytics', { schema: { body: analyticsBody, response: { 200: analyticsResponse } } }, async (req) =>
    runAnalytics(ctx, actorOf(req), req.body, today()),
  );
  r.get('/analytics', { schema: { querystring: analyticsQueryString, response: { 200: analyticsResponse } } }, async (req) =>
    runAnalytics(ctx, actorOf(req), req.query, today()),
  );
}
