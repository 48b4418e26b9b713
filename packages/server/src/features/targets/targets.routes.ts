import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { roleGuard } from '../../http/guards.ts';
import { readMultipartForm, sendAttachment } from '../attachments/attachment.http.ts';
import * as s from './targets.schema.ts';
import { targetsAppendix } from './appendix.service.ts';
import { attachDecision, decisionFile } from './decision-file.service.ts';
import { listTargets, setTarget, targetHistory } from './targets.service.ts';

/** Plan targets: those in force with their achievement, a decision's targets, a target's history, its appendices and decision files. */
export async function targetRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/targets', { schema: { querystring: s.listQuery } }, async (req) => ({ targets: await listTargets(ctx, actorOf(req), req.query) }));
  r.post('/targets', { schema: { body: s.setBody } }, async (req, reply) => reply.status(201).send(await setTarget(ctx, actorOf(req), req.body)));
  r.get('/targets/appendix', { schema: { querystring: s.appendixQuery } }, async (req, reply) => {
    const { bytes, fileName } = await targetsAppendix(ctx, actorOf(req), req.query);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .send(bytes);
  });
  r.get('/targets/:id/history', { schema: { params: s.idParams } }, async (req) => ({
    revisions: await targetHistory(ctx, actorOf(req), req.params.id),
  }));
  // The signed file comes on a route of its own: the scan is often made after the figures are recorded, and the
  // target's JSON body keeps its strict shape. The role is checked in onRequest, before a byte of the form is read.
  r.post('/targets/:id/decision-file', { onRequest: roleGuard('set-targets'), schema: { params: s.idParams } }, async (req, reply) => {
    const files = req.isMultipart() ? (await readMultipartForm(req, ctx.config.uploadMaxBytes)).files : [];
    return reply.status(201).send(await attachDecision(ctx, actorOf(req), req.params.id, files));
  });
  r.get('/targets/:id/decision-file', { schema: { params: s.idParams } }, async (req, reply) =>
    sendAttachment(reply, await decisionFile(ctx, actorOf(req), req.params.id)),
  );
}
