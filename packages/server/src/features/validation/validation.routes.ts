import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { formQuery } from '../data-entry/data-entry.schema.ts';
import { validateFormFor } from './validation.service.ts';

/** Validation on demand: the violated rules of a form, with their messages and values. */
export async function validationRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/forms/validation', { schema: { querystring: formQuery } }, async (req) => ({
    violations: await validateFormFor(ctx.db, actorOf(req), req.query),
  }));
}
