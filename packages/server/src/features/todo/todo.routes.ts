import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { todoFor } from './todo.service.ts';

/** The home page's "Việc cần làm". */
export async function todoRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  api.get('/todo', async (req) => todoFor(ctx, actorOf(req)));
}
