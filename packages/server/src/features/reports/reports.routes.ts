import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { instanceFile, monthlyReportFile, type ReportFile } from './report-output.service.ts';
import { getCountedStates, putCountedStates } from './report-counted-states.service.ts';
import { getReportSettings, putReportSettings } from './report-settings.service.ts';
import { compareReportVersions, reportVersions, setReportStatus } from './report-status.service.ts';
import { reportWarnings } from './report-warnings.service.ts';
import * as s from './reports.schema.ts';
import { createReport, getReport, listReports, regenerateReport, saveReport } from './reports.service.ts';

/** The monthly and periodic reports: written from data on request, and stored instances with versions, statuses and downloads. */
export async function reportRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/reports/monthly', { schema: { querystring: s.monthlyQuery } }, async (req, reply) => {
    const file = await monthlyReportFile(ctx, actorOf(req), req.query);
    // JSON is answered inline (no download name), as before the cache.
    if (req.query.format === 'json') return reply.header('content-type', file.contentType).send(file.body);
    return sendFile(reply, file);
  });
  // Quarterly, six-month, nine-month and annual reports: the same writer, stored instances and formats as the month's.
  r.get('/reports/periodic', { schema: { querystring: s.periodicQuery } }, async (req, reply) => {
    const file = await monthlyReportFile(ctx, actorOf(req), req.query);
    if (req.query.format === 'json') return reply.header('content-type', file.contentType).send(file.body);
    return sendFile(reply, file);
  });
  r.get('/reports/instances', { schema: { querystring: s.listQuery } }, async (req) => ({
    reports: await listReports(ctx, actorOf(req), req.query),
  }));
  r.post('/reports/instances', { schema: { body: s.createBody } }, async (req, reply) =>
    reply.status(201).send(await createReport(ctx, actorOf(req), req.body)),
  );
  r.get('/reports/instances/:id', { schema: { params: s.idParams } }, async (req) => getReport(ctx, actorOf(req), req.params.id));
  r.put('/reports/instances/:id', { schema: { params: s.idParams, body: s.saveBody } }, async (req) =>
    saveReport(ctx, actorOf(req), req.params.id, req.body),
  );
  r.post('/reports/instances/:id/regenerate', { schema: { params: s.idParams, body: s.regenerateBody } }, async (req) =>
    regenerateReport(ctx, actorOf(req), req.params.id, req.body),
  );
  r.post('/reports/instances/:id/status', { schema: { params: s.idParams, body: s.statusBody } }, async (req) =>
    setReportStatus(ctx, actorOf(req), req.params.id, req.body),
  );
  r.get('/reports/instances/:id/versions', { schema: { params: s.idParams } }, async (req) => ({
    versions: await reportVersions(ctx, actorOf(req), req.params.id),
  }));
  r.get('/reports/instances/:id/compare', { schema: { params: s.idParams, querystring: s.compareQuery } }, async (req) =>
    compareReportVersions(ctx, actorOf(req), req.params.id, req.query.from, req.query.to),
  );
  r.get('/reports/instances/:id/warnings', { schema: { params: s.idParams } }, async (req) => reportWarnings(ctx, actorOf(req), req.params.id));
  r.get('/reports/instances/:id/download', { schema: { params: s.idParams, querystring: s.downloadQuery } }, async (req, reply) =>
    sendFile(reply, await instanceFile(ctx.db, actorOf(req), req.params.id, req.query.format)),
  );
  r.get('/reports/settings', { schema: { querystring: s.settingsQuery } }, async (req) => getReportSettings(ctx, actorOf(req), req.query.org));
  r.put('/reports/settings', { schema: { querystring: s.settingsQuery, body: s.settingsPatch } }, async (req) =>
    putReportSettings(ctx, actorOf(req), req.query.org, req.body),
  );
  r.get('/reports/counted-states', async (req) => getCountedStates(ctx, actorOf(req)));
  r.put('/reports/counted-states', { schema: { body: s.countedStatesBody } }, async (req) =>
    putCountedStates(ctx, actorOf(req), req.body.states),
  );
}

/** A download: the content type, and a plain ASCII file name so every browser keeps it. */
function sendFile(reply: FastifyReply, file: ReportFile) {
  return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);
}
