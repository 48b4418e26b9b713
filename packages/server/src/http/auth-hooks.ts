import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { UserView } from '@syt/core/api/contract.ts';
import { unauthenticated } from '../errors.ts';
import type { Actor } from '../features/access/access.policy.ts';
import { authenticate, type AuthContext } from '../features/auth/auth.service.ts';
import { authenticateScript, scriptCredential } from '../features/auth/script-auth.service.ts';
import { recordRoutes } from './route-catalogue.ts';

export const SESSION_COOKIE = 'syt_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

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
 * Whether a request path (origin-form or absolute-form, `http://host/api/…`) lies under /api. Used only
 * for requests no route matched: a matched request is judged by its route, never by the URL it came with.
 */
export function isApiPath(rawUrl: string): boolean {
  const path = rawUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/)[0]!;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // An undecodable path is judged as sent.
  }
  const normalised = decoded.replace(/[\\/]+/g, '/').toLowerCase();
  return normalised === '/api' || normalised.startsWith('/api/');
}

const isApiRoute = (route: string) => route === '/api' || route.startsWith('/api/');

/**
 * Whether a request needs a session. Decided from the matched route (`routeOptions.url`), never the raw
 * URL, which an absolute request target (`GET http://x/api/…`) would disguise: an /api route is private
 * unless its config says `public: true`; an unmatched /api path (or unsafe method) is private too, so
 * anonymous callers cannot tell existing routes from missing ones.
 */
function needsSession(req: FastifyRequest): boolean {
  if (req.routeOptions.config.public) return false;
  if (req.routeOptions.url === undefined) return isApiPath(req.url) || !SAFE_METHODS.has(req.method);
  return true;
}

/**
 * Every request: CSRF token on every state-changing method (whatever the URL), then the session;
 * a route is private unless its config says `public: true`, so forgetting a check fails closed.
 * The web app's own files (matched routes outside /api) are public: they hold the sign-in page.
 *
 * A script's `Authorization: Basic …` or `ApiToken …` header authenticates the request alone: cookies are then
 * ignored, and no CSRF token is asked, as the header is no credential a browser adds by itself (SYT never sends a
 * `WWW-Authenticate` challenge, so no browser caches Basic credentials for it). A header that fails is a 401 even on
 * a public route, so a forged header cannot be used to skip the CSRF check of a cookie request.
 */
export function installAuthHooks(app: FastifyInstance, ctx: AuthContext): void {
  recordRoutes(app);
  app.decorateRequest('auth', null);
  app.addHook('onRequest', (req, reply, done) => {
    if (!SAFE_METHODS.has(req.method) && !scriptCredential(req.headers.authorization)) {
      return app.csrfProtection(req, reply, done);
    }
    done();
  });
  app.addHook('onRequest', async (req) => {
    const credential = scriptCredential(req.headers.authorization);
    if (credential) {
      req.cookies = {};
      req.auth = await authenticateScript(ctx, credential, req.ip);
      return;
    }
    const route = req.routeOptions.url;
    // The web app's wildcard route also matches /api paths no API route took: those stay private.
    if (route !== undefined && !isApiRoute(route) && !isApiPath(req.url)) return;
    const token = req.cookies[SESSION_COOKIE];
    req.auth = token ? await authenticate(ctx, token) : null;
    if (!req.auth && needsSession(req)) throw unauthenticated();
  });
}

/** The signed-in actor of a private route (the hook guarantees there is one). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.auth) throw unauthenticated();
  return req.auth.actor;
}
