import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { chartBody, exportBody } from './analytics-export.schema.ts';
import { exportChartSvg, exportPivot } from './analytics-export.service.ts';

/** A pivot downloaded as .xlsx or .csv, a chart drawn as SVG; both from the analytics query answered for the caller. */
export async function analyticsExportRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.post('/analytics/export', { schema: { body: exportBody } }, async (req, reply) => {
    const file = await exportPivot(ctx, actorOf(req), req.body);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', file.disposition)
      .send(file.body);
  });
  r.post('/analytics/chart.svg', { schema: { body: chartBody } }, async (req, reply) => {
    const svg = await exportChartSvg(ctx, actorOf(req), req.body);
    return reply.header('content-type', 'image/svg+xml; charset=utf-8').send(svg);
  });
}
