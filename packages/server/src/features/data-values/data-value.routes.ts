import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { readValuesFor } from './data-value.service.ts';

const query = z.object({
  orgUnit: z.string().trim().min(1),
  /** One period or several separated by commas. */
  period: z.string().trim().min(1),
  dataSet: z.string().trim().min(1).optional(),
});

/** Reading stored figures; the user's scope must cover the org unit. */
export async function dataValueRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/data-values', { schema: { querystring: query } }, async (req) => ({
    dataValues: await readValuesFor(ctx.db, actorOf(req), req.query.orgUnit, req.query.period.split(','), req.query.dataSet),
  }));
}
