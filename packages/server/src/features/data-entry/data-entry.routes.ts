import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { cellQuery, formQuery, reopenBody, saveValueBody } from './data-entry.schema.ts';
import { saveDataValue } from './cell-save.service.ts';
import { cellAudit, cellHistory } from './data-entry.service.ts';
import { availableForms, myPendingForms } from './available-forms.service.ts';
import { formWorkbook } from './form-workbook.service.ts';
import { loadForm } from './form.service.ts';
import { approveForm, reopenForm, submitForm } from './workflow.service.ts';

/** Entering values cell by cell, and a cell's audit trail and recent history. */
export async function dataEntryRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  // A stale save answers 409 VALUE_CHANGED with what the cell holds now (`current`), through the shared error body.
  r.put('/data-values', { schema: { body: saveValueBody } }, async (req) => saveDataValue(ctx, actorOf(req), req.body));
  r.get('/data-values/audit', { schema: { querystring: cellQuery } }, async (req) => ({
    audit: await cellAudit(ctx, actorOf(req), req.query),
  }));
  r.get('/data-values/history', { schema: { querystring: cellQuery } }, async (req) => ({
    history: await cellHistory(ctx, actorOf(req), req.query),
  }));
}

/** The entry form and its workflow: open, submit, approve, reopen. */
export async function formRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/forms', { schema: { querystring: formQuery } }, async (req) => loadForm(ctx, actorOf(req), req.query));
  r.get('/forms/xlsx', { schema: { querystring: formQuery } }, async (req, reply) => {
    const file = await formWorkbook(ctx, actorOf(req), req.query);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .send(file.data);
  });
  r.get('/forms/available', async (req) => ({ forms: (await availableForms(ctx, actorOf(req))).forms }));
  r.get('/forms/pending', async (req) => ({ forms: await myPendingForms(ctx, actorOf(req)) }));
  r.post('/forms/submit', { schema: { body: formQuery } }, async (req) => submitForm(ctx, actorOf(req), req.body));
  r.post('/forms/approve', { schema: { body: formQuery } }, async (req) => {
    await approveForm(ctx, actorOf(req), req.body);
    return loadForm(ctx, actorOf(req), req.body);
  });
  r.post('/forms/reopen', { schema: { body: reopenBody } }, async (req) => {
    await reopenForm(ctx, actorOf(req), req.body);
    return loadForm(ctx, actorOf(req), req.body);
  });
}
