import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { roleGuard } from '../../http/guards.ts';
import { dismissAlert, getAlert, listAlertViews, openOutbreakFromAlert, verifyAlert } from './alerts.service.ts';
import { listSurveillanceDiseases } from './diseases.service.ts';
import { createImmediateReport, listImmediate } from './immediate-reports.service.ts';
import { surveillanceOverview } from './overview.service.ts';
import {
  alertListQuery, alertOutbreakBody, diseasesQuery, dismissBody, idParams, immediateListQuery, immediateReportBody, overviewQuery,
} from './surveillance.schema.ts';

// Handling an alert: the department's staff (handle-alerts), or the CDC's users who enter figures (checked in the service).
const HANDLE = roleGuard('handle-alerts', 'enter');

/** Epidemic surveillance: diseases' surveillance metadata, immediate reports, alerts and the weekly overview. */
export async function surveillanceRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/surveillance/diseases', { schema: { querystring: diseasesQuery } }, async (req) => listSurveillanceDiseases(ctx, req.query.date));
  r.get('/surveillance/overview', { schema: { querystring: overviewQuery } }, async (req) => surveillanceOverview(ctx, actorOf(req), req.query));
  r.get('/surveillance/immediate-reports', { schema: { querystring: immediateListQuery } }, async (req) => listImmediate(ctx, actorOf(req), req.query));
  r.post('/surveillance/immediate-reports', { onRequest: roleGuard('enter'), schema: { body: immediateReportBody } }, async (req, reply) =>
    reply.status(201).send(await createImmediateReport(ctx, actorOf(req), req.body)),
  );
  r.get('/surveillance/alerts', { schema: { querystring: alertListQuery } }, async (req) => listAlertViews(ctx, actorOf(req), req.query));
  r.get('/surveillance/alerts/:id', { schema: { params: idParams } }, async (req) => getAlert(ctx, actorOf(req), req.params.id));
  r.post('/surveillance/alerts/:id/verify', { onRequest: HANDLE, schema: { params: idParams } }, async (req) => verifyAlert(ctx, actorOf(req), req.params.id));
  r.post('/surveillance/alerts/:id/dismiss', { onRequest: HANDLE, schema: { params: idParams, body: dismissBody } }, async (req) =>
    dismissAlert(ctx, actorOf(req), req.params.id, req.body.reason),
  );
  r.post('/surveillance/alerts/:id/outbreak', { onRequest: HANDLE, schema: { params: idParams, body: alertOutbreakBody } }, async (req, reply) =>
    reply.status(201).send(await openOutbreakFromAlert(ctx, actorOf(req), req.params.id, req.body)),
  );
}
