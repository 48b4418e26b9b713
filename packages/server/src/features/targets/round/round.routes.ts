import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app.ts';
import { actorOf } from '../../../http/auth-hooks.ts';
import * as s from './round.schema.ts';
import { agreeProposals, fieldReview } from './agreement.service.ts';
import { approveProposals, proposalGrid, saveProposals, submitProposals } from './round.service.ts';

/** A target round inside a reporting request: a unit's grid, its drafts and sending, the field's agreement, the department's approval. */
export async function targetRoundRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/requests/:id/targets', { schema: { params: s.roundParams, querystring: s.gridQuery } }, async (req) =>
    proposalGrid(ctx, actorOf(req), req.params.id, req.query.unit),
  );
  r.put('/requests/:id/targets', { schema: { params: s.roundParams, body: s.saveBody } }, async (req) =>
    saveProposals(ctx, actorOf(req), req.params.id, req.body),
  );
  r.post('/requests/:id/targets/submit', { schema: { params: s.roundParams, body: s.submitBody } }, async (req) =>
    submitProposals(ctx, actorOf(req), req.params.id, req.body.unit),
  );
  r.get('/requests/:id/targets/field', { schema: { params: s.roundParams, querystring: s.fieldQuery } }, async (req) =>
    fieldReview(ctx, actorOf(req), req.params.id, req.query.unit),
  );
  r.post('/requests/:id/targets/agree', { schema: { params: s.roundParams, body: s.agreeBody } }, async (req) =>
    agreeProposals(ctx, actorOf(req), req.params.id, req.body),
  );
  r.post('/requests/:id/targets/approve', { schema: { params: s.roundParams, body: s.approveBody } }, async (req) =>
    approveProposals(ctx, actorOf(req), req.params.id, req.body.decision),
  );
}
