import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import * as s from './dashboards.schema.ts';
import {
  createDashboard,
  defaultDashboard,
  deleteDashboard,
  getDashboard,
  listDashboards,
  setHomeDashboard,
  updateDashboard,
} from './dashboards.service.ts';

/** Dashboards (every role): the role's default, own and shared ones, the home page's choice. */
export async function dashboardRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/dashboards', async (req) => listDashboards(ctx, actorOf(req)));
  r.get('/dashboards/default', async (req) => defaultDashboard(actorOf(req)));
  r.put('/dashboards/home', { schema: { body: s.homeInput } }, async (req) =>
    setHomeDashboard(ctx, actorOf(req), req.body),
  );
  r.get('/dashboards/:id', { schema: { params: s.idParams } }, async (req) =>
    getDashboard(ctx, actorOf(req), req.params.id),
  );
  r.post('/dashboards', { schema: { body: s.dashboardInput } }, async (req, reply) =>
    reply.status(201).send(await createDashboard(ctx, actorOf(req), req.body)),
  );
  r.put('/dashboards/:id', { schema: { params: s.idParams, body: s.dashboardInput } }, async (req) =>
    updateDashboard(ctx, actorOf(req), req.params.id, req.body),
  );
  r.delete('/dashboards/:id', { schema: { params: s.idParams } }, async (req, reply) => {
    await deleteDashboard(ctx, actorOf(req), req.params.id);
    return reply.status(204).send();
  });
}
