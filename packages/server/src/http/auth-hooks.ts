import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { UserView } from '@syt/core/api/contract.ts';
import { unauthenticated } from '../errors.ts';
import type { Actor } from '../features/access/access.policy.ts';
import { authenticate, type AuthContext } from '../features/auth/auth.service.ts';

export const SESSION_COOKIE = 'syt_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    auth: { actor: Actor; user: UserView } | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (sign-in, CSRF token, health). */
    public?: boolean;
  }
}

/**
 * Every /api request: CSRF token on state-changing methods, then the session; a route is
 * private unless its config says `public: true`, so forgetting a check fails closed.
 */
export function installAuthHooks(app: FastifyInstance, ctx: AuthContext): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', (req, reply, done) => {
    if (req.url.startsWith('/api/') && UNSAFE_METHODS.has(req.method)) return app.csrfProtection(req, reply, done);
    done();
  });
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    req.auth = token ? await authenticate(ctx, token) : null;
    if (!req.auth && !req.routeOptions.config.public) throw unauthenticated();
  });
}

/** The signed-in actor of a private route (the hook guarantees there is one). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.auth) throw unauthenticated();
  return req.auth.actor;
}
