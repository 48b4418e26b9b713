import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { AppError } from '../../errors.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { tableCsv, tableXlsx } from '../../render/table-export.ts';
import { generateBounds, setBoundsByHand } from './bounds.service.ts';
import { outlierTable } from './outliers-export.ts';
import { findOutliers, markFollowUp } from './outliers.service.ts';
import { qualityMessages } from './quality.messages.ts';
import { followUpBody, generateBoundsBody, manualBoundsBody, outlierExportQuery, outlierQuery } from './quality.schema.ts';

/** Data quality: min–max bounds, the outlier analysis and its export, follow-up marks. */
export async function qualityRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.post('/quality/bounds/generate', { schema: { body: generateBoundsBody } }, async (req) => generateBounds(ctx, actorOf(req), req.body));
  r.put('/quality/bounds', { schema: { body: manualBoundsBody } }, async (req) => ({ bounds: await setBoundsByHand(ctx, actorOf(req), req.body) }));
  r.get('/quality/outliers', { schema: { querystring: outlierQuery } }, async (req) => findOutliers(ctx.db, actorOf(req), req.query));
  r.get('/quality/outliers/export', { schema: { querystring: outlierExportQuery } }, async (req, reply) => {
    const { format, ...query } = req.query;
    const { rows } = await findOutliers(ctx.db, actorOf(req), query);
    if (rows.length === 0) throw new AppError(422, 'NOTHING_TO_EXPORT', qualityMessages.nothingToExport);
    const table = outlierTable(rows);
    const name = `gia-tri-bat-thuong-${query.orgUnit}-${query.from}-${query.to}.${format}`;
    reply.header('content-disposition', `attachment; filename="${name}"`);
    if (format === 'csv') return reply.header('content-type', 'text/csv; charset=utf-8').send(tableCsv(table));
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await tableXlsx(table));
  });
  r.put('/quality/follow-up', { schema: { body: followUpBody } }, async (req) => markFollowUp(ctx.db, actorOf(req), req.body));
}
