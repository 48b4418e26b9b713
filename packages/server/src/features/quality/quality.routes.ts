import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { AppError } from '../../errors.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { tableCsv, tableXlsx, type ExportTable } from '../../render/table-export.ts';
import { generateBounds, setBoundsByHand } from './bounds.service.ts';
import { findOutliers, markFollowUp } from './outliers.service.ts';
import { completenessHistory } from './completeness-history.service.ts';
import { historyTable, outlierTable, validationTable } from './quality-export.ts';
import { qualityMessages } from './quality.messages.ts';
import { analysisExportQuery, analysisQuery, followUpBody, generateBoundsBody, historyExportQuery, historyQuery, manualBoundsBody } from './quality.schema.ts';
import { analyseValidation } from './validation-analysis.service.ts';

/** Data quality: min–max bounds, the outlier and validation rule analyses, the reporting history, exports, follow-up marks. */
export async function qualityRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.post('/quality/bounds/generate', { schema: { body: generateBoundsBody } }, async (req) => generateBounds(ctx, actorOf(req), req.body));
  r.put('/quality/bounds', { schema: { body: manualBoundsBody } }, async (req) => ({ bounds: await setBoundsByHand(ctx, actorOf(req), req.body) }));
  r.put('/quality/follow-up', { schema: { body: followUpBody } }, async (req) => markFollowUp(ctx.db, actorOf(req), req.body));

  r.get('/quality/outliers', { schema: { querystring: analysisQuery } }, async (req) => findOutliers(ctx.db, actorOf(req), req.query));
  r.get('/quality/outliers/export', { schema: { querystring: analysisExportQuery } }, async (req, reply) => {
    const { format, ...query } = req.query;
    const { rows } = await findOutliers(ctx.db, actorOf(req), query);
    if (rows.length === 0) throw new AppError(422, 'NOTHING_TO_EXPORT', qualityMessages.nothingToExport);
    return sendTable(reply, outlierTable(rows), `gia-tri-bat-thuong-${query.orgUnit}-${query.from}-${query.to}.${format}`, format);
  });

  r.get('/quality/validation', { schema: { querystring: analysisQuery } }, async (req) => analyseValidation(ctx.db, actorOf(req), req.query));
  r.get('/quality/validation/export', { schema: { querystring: analysisExportQuery } }, async (req, reply) => {
    const { format, ...query } = req.query;
    const { rows } = await analyseValidation(ctx.db, actorOf(req), query);
    if (rows.length === 0) throw new AppError(422, 'NOTHING_TO_EXPORT', qualityMessages.noViolationToExport);
    return sendTable(reply, validationTable(rows), `vi-pham-quy-tac-${query.orgUnit}-${query.from}-${query.to}.${format}`, format);
  });

  r.get('/quality/completeness-history', { schema: { querystring: historyQuery } }, async (req) => completenessHistory(ctx, actorOf(req), req.query));
  r.get('/quality/completeness-history/export', { schema: { querystring: historyExportQuery } }, async (req, reply) => {
    const { format, ...query } = req.query;
    const history = await completenessHistory(ctx, actorOf(req), query);
    if (history.rows.length === 0) throw new AppError(422, 'NOTHING_TO_EXPORT', qualityMessages.noUnitToExport);
    return sendTable(reply, historyTable(history.year, history.rows), `tinh-hinh-nop-${query.orgUnit}-${history.year}.${format}`, format);
  });
}

/** A table as an attachment, in the format asked for. */
async function sendTable(reply: FastifyReply, table: ExportTable, fileName: string, format: 'csv' | 'xlsx') {
  reply.header('content-disposition', `attachment; filename="${fileName}"`);
  if (format === 'csv') return reply.header('content-type', 'text/csv; charset=utf-8').send(tableCsv(table));
  return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await tableXlsx(table));
}
