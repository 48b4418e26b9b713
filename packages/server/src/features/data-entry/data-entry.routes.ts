import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { cellQuery, saveValueBody } from './data-entry.schema.ts';
import { cellAudit, cellHistory, saveDataValue } from './data-entry.service.ts';

/** Entering values cell by cell, and a cell's audit trail and recent history. */
export async function dataEntryRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.put('/data-values', { schema: { body: saveValueBody } }, async (req) => saveDataValue(ctx, actorOf(req), req.body));
  r.get('/data-values/audit', { schema: { querystring: cellQuery } }, async (req) => ({
    audit: await cellAudit(ctx, actorOf(req), req.query),
  }));
  r.get('/data-values/history', { schema: { querystring: cellQuery } }, async (req) => ({
    history: await cellHistory(ctx, actorOf(req), req.query),
  }));
}
