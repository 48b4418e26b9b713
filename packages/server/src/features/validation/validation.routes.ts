import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { formQuery } from '../data-entry/data-entry.schema.ts';
import { checkFormFor } from './validation.service.ts';

/** Validation on demand: the violated rules of a form, with their messages and values, and its values outside bounds. */
export async function validationRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/forms/validation', { schema: { querystring: formQuery } }, async (req) => checkFormFor(ctx.db, actorOf(req), req.query));
}
