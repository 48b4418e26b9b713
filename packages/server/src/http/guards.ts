import type { onRequestAsyncHookHandler } from 'fastify';
import type { Action } from '../features/access/access.policy.ts';
import { requireRole } from '../features/access/access.service.ts';
import { actorOf } from './auth-hooks.ts';

/** A route hook that refuses a role lacking the action before the body is even read. */
export function roleGuard(action: Action): onRequestAsyncHookHandler {
  return async (req) => requireRole(actorOf(req), action);
}
