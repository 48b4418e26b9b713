import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { roleGuard } from '../../http/guards.ts';
import { readMultipartForm, sendAttachment } from '../attachments/attachment.http.ts';
import { requireTask } from './task-access.ts';
import { postTaskUpdate, taskAttachment } from './task-updates.service.ts';
import { attachmentParams, createTaskBody, editTaskBody, idParams, listQuery, parseFields, updateBody } from './tasks.schema.ts';
import { confirmTask, createTask, editTask, getTaskView, listTaskSummaries } from './tasks.service.ts';

/** Tasks: listed per unit and scope, created and edited by staff, progress and comments with files. */
export async function taskRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/tasks', { schema: { querystring: listQuery } }, async (req) => ({ tasks: await listTaskSummaries(ctx, actorOf(req), req.query) }));
  r.post('/tasks', { schema: { body: createTaskBody } }, async (req, reply) => reply.status(201).send(await createTask(ctx, actorOf(req), req.body)));
  r.get('/tasks/:id', { schema: { params: idParams } }, async (req) => getTaskView(ctx, actorOf(req), req.params.id));
  r.put('/tasks/:id', { schema: { params: idParams, body: editTaskBody } }, async (req) => editTask(ctx, actorOf(req), req.params.id, req.body));
  r.post('/tasks/:id/confirm', { schema: { params: idParams } }, async (req) => confirmTask(ctx, actorOf(req), req.params.id));
  // Progress or a comment: a role allowed neither is refused in onRequest, before the form is read.
  r.post('/tasks/:id/updates', { onRequest: roleGuard('report-progress', 'comment-task'), schema: { params: idParams } }, async (req, reply) => {
    const actor = actorOf(req);
    // Refuse someone else's task before reading (and checking) any file they send.
    await requireTask(ctx.db, actor, req.params.id);
    const form = req.isMultipart() ? await readMultipartForm(req, ctx.config.uploadMaxBytes) : { fields: req.body ?? {}, files: [] };
    return reply.status(201).send(await postTaskUpdate(ctx, actor, req.params.id, parseFields(updateBody, form.fields), form.files));
  });
  r.get('/tasks/:id/attachments/:attachmentId', { schema: { params: attachmentParams } }, async (req, reply) =>
    sendAttachment(reply, await taskAttachment(ctx, actorOf(req), req.params.id, req.params.attachmentId)),
  );
}
