import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../../errors.ts';
import { actorOf } from '../../../http/auth-hooks.ts';
import { roleGuard } from '../../../http/guards.ts';
import { dhis2Messages as m } from '../dhis2.messages.ts';
import type { ImportJobs } from './import-jobs.ts';

const params = z.object({ id: z.string().regex(/^[A-Za-z0-9]{1,20}$/) });

/** DHIS2's job polling for asynchronous data value imports: importers only, each job visible to its owner only. */
export async function systemTaskRoutes(api: FastifyInstance, jobs: ImportJobs): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const onRequest = roleGuard('enter');
  r.get('/system/tasks/DATAVALUE_IMPORT/:id', { onRequest, schema: { params } }, async (req) => {
    const list = jobs.notifications(actorOf(req).id, req.params.id);
    if (!list) throw notFound(m.unknownJob(req.params.id));
    return list;
  });
  r.get('/system/taskSummaries/DATAVALUE_IMPORT/:id', { onRequest, schema: { params } }, async (req, reply) => {
    const summary = jobs.summary(actorOf(req).id, req.params.id);
    if (summary === null) throw notFound(m.unknownJob(req.params.id));
    if (summary === undefined) return reply.status(202).send({ httpStatus: 'Accepted', httpStatusCode: 202, status: 'OK', message: m.jobRunning(req.params.id) });
    return summary;
  });
}
