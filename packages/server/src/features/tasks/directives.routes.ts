import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { roleGuard } from '../../http/guards.ts';
import { vi } from '../../messages.ts';
import { requireRole } from '../access/access.service.ts';
import { fileError } from '../attachments/attachment.service.ts';
import { readMultipartForm, sendAttachment } from '../attachments/attachment.http.ts';
import { addDirectiveTasks, createDirective, directiveFile, getDirectiveView, listDirectiveViews, readDirectiveDraft } from './directives.service.ts';
import { directiveBody, directiveTasksBody, idParams, parseFields } from './tasks.schema.ts';

/** Directive documents (văn bản chỉ đạo): recorded with their file, imported into draft tasks, and their tasks added. */
export async function directiveRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/directives', async (req) => ({ directives: await listDirectiveViews(ctx, actorOf(req)) }));
  // Checked in onRequest, before a byte of the form is read.
  const onRequest = roleGuard('manage-tasks');
  r.post('/directives', { onRequest }, async (req, reply) => {
    const actor = actorOf(req);
    requireRole(actor, 'manage-tasks');
    const { fields, file } = await directiveForm(req, ctx.config.uploadMaxBytes);
    return reply.status(201).send(await createDirective(ctx, actor, parseFields(directiveBody, fields), file));
  });
  r.post('/directives/import', { onRequest }, async (req) => {
    const actor = actorOf(req);
    requireRole(actor, 'manage-tasks');
    const { file } = await directiveForm(req, ctx.config.uploadMaxBytes);
    if (!file) throw fileError(vi.tasks.fileMissing);
    return readDirectiveDraft(ctx, actor, file);
  });
  r.get('/directives/:id', { schema: { params: idParams } }, async (req) => getDirectiveView(ctx, actorOf(req), req.params.id));
  r.get('/directives/:id/file', { schema: { params: idParams } }, async (req, reply) =>
    sendAttachment(reply, await directiveFile(ctx, actorOf(req), req.params.id)),
  );
  r.post('/directives/:id/tasks', { schema: { params: idParams, body: directiveTasksBody } }, async (req, reply) =>
    reply.status(201).send({ tasks: await addDirectiveTasks(ctx, actorOf(req), req.params.id, req.body.tasks, req.body.draft) }),
  );
}

/** A directive's fields and one optional file, from a multipart form or a JSON body. */
async function directiveForm(req: FastifyRequest, maxBytes: number) {
  if (!req.isMultipart()) return { fields: req.body ?? {}, file: undefined };
  const form = await readMultipartForm(req, maxBytes);
  return { fields: form.fields, file: form.files[0] };
}
