import type { onRequestAsyncHookHandler } from 'fastify';
import { roleAllows, type Action } from '../features/access/access.policy.ts';
import { requireMetadataAuthority, requireRole } from '../features/access/access.service.ts';
import { actorOf } from './auth-hooks.ts';

/** A route hook that refuses a role lacking every one of the actions before the body is even read. */
export function roleGuard(action: Action, ...orActions: Action[]): onRequestAsyncHookHandler {
  return async (req) => {
    const actor = actorOf(req);
    if (orActions.some((a) => roleAllows(actor.role, a))) return;
    requireRole(actor, action);
  };
}

/** A route hook that refuses, before the body is read, anyone but an admin of a root scope. */
export const metadataGuard: onRequestAsyncHookHandler = async (req) => requireMetadataAuthority(actorOf(req));
