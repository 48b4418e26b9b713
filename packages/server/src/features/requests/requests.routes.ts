import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { roleGuard } from '../../http/guards.ts';
import { readMultipartForm, sendAttachment } from '../attachments/attachment.http.ts';
import * as s from './requests.schema.ts';
import { createRequest, getRequest, listRequests } from './requests.service.ts';
import { submissionFile, submitReport } from './submissions.service.ts';
import { attachTemplate, templateFile } from './templates.service.ts';

/** Reporting requests (yêu cầu báo cáo): the letter with its groups and deadlines, units' submissions, the overview. */
export async function requestRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/requests', async (req) => ({ requests: await listRequests(ctx, actorOf(req)) }));
  r.post('/requests', { schema: { body: s.createBody } }, async (req, reply) =>
    reply.status(201).send(await createRequest(ctx, actorOf(req), req.body)),
  );
  r.get('/requests/:id', { schema: { params: s.idParams } }, async (req) => getRequest(ctx, actorOf(req), req.params.id));
  // Upload routes check the role in onRequest, before a byte of the form is read.
  r.post('/requests/:id/templates', { onRequest: roleGuard('write-report'), schema: { params: s.idParams } }, async (req, reply) => {
    const actor = actorOf(req);
    const form = await readMultipartForm(req, ctx.config.uploadMaxBytes);
    const { deliverable } = s.parseFields(s.templateFields, form.fields);
    return reply.status(201).send(await attachTemplate(ctx, actor, req.params.id, deliverable, form.files));
  });
  r.get('/requests/:id/templates/:attachmentId', { schema: { params: s.templateParams } }, async (req, reply) =>
    sendAttachment(reply, await templateFile(ctx, actorOf(req), req.params.id, req.params.attachmentId)),
  );
  r.post('/requests/:id/submissions', { onRequest: roleGuard('enter'), schema: { params: s.idParams } }, async (req, reply) => {
    const actor = actorOf(req);
    const form = await readMultipartForm(req, ctx.config.uploadMaxBytes);
    const fields = s.parseFields(s.submissionFields, form.fields);
    return reply.status(201).send(await submitReport(ctx, actor, req.params.id, fields, form.files));
  });
  r.get('/requests/:id/submissions/:unit/files/:attachmentId', { schema: { params: s.fileParams } }, async (req, reply) =>
    sendAttachment(reply, await submissionFile(ctx, actorOf(req), req.params.id, req.params.unit, req.params.attachmentId)),
  );
}
