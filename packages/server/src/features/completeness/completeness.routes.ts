import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { completeness } from './completeness.service.ts';

const query = z.object({ dataSet: z.string().trim().min(1), period: z.string().trim().min(1) });

/** Who reported a form for a period, who is late, and the rates. */
export async function completenessRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/completeness', { schema: { querystring: query } }, async (req) =>
    completeness(ctx, actorOf(req), req.query.dataSet, req.query.period),
  );
}
