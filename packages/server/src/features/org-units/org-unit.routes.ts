import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.ts';
import { listOrgUnits } from './org-unit.service.ts';

const query = z.object({ date: z.iso.date().optional() });

/** The org-unit hierarchy is reference data: every signed-in user may read it. */
export async function orgUnitRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/org-units', { schema: { querystring: query } }, async (req) => ({
    orgUnits: await listOrgUnits(ctx.db, req.query.date),
  }));
}
