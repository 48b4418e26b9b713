import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { roleGuard } from '../../http/guards.ts';
import { casesBody, closeBody, idParams, measureBody, outbreakBody, outbreakListQuery } from '../surveillance/surveillance.schema.ts';
import {
  addOutbreakCases, addOutbreakMeasure, closeOutbreakByHand, createOutbreak, getOutbreak, listOutbreakSummaries,
} from './outbreaks.service.ts';

const RECORD = roleGuard('enter');

/** Outbreaks (ổ dịch): listed within scope, recorded by hand, their cases and measures added, closed with a reason. */
export async function outbreakRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/surveillance/outbreaks', { schema: { querystring: outbreakListQuery } }, async (req) => listOutbreakSummaries(ctx, actorOf(req), req.query));
  r.post('/surveillance/outbreaks', { onRequest: RECORD, schema: { body: outbreakBody } }, async (req, reply) =>
    reply.status(201).send(await createOutbreak(ctx, actorOf(req), req.body)),
  );
  r.get('/surveillance/outbreaks/:id', { schema: { params: idParams } }, async (req) => getOutbreak(ctx, actorOf(req), req.params.id));
  r.post('/surveillance/outbreaks/:id/cases', { onRequest: RECORD, schema: { params: idParams, body: casesBody } }, async (req) =>
    addOutbreakCases(ctx, actorOf(req), req.params.id, req.body),
  );
  r.post('/surveillance/outbreaks/:id/measures', { onRequest: RECORD, schema: { params: idParams, body: measureBody } }, async (req) =>
    addOutbreakMeasure(ctx, actorOf(req), req.params.id, req.body),
  );
  r.post('/surveillance/outbreaks/:id/close', { onRequest: roleGuard('handle-alerts', 'enter'), schema: { params: idParams, body: closeBody } }, async (req) =>
    closeOutbreakByHand(ctx, actorOf(req), req.params.id, req.body),
  );
}
