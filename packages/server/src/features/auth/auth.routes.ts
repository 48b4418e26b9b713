import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { AppError, unauthenticated } from '../../errors.ts';
import { SESSION_COOKIE } from '../../http/auth-hooks.ts';
import { accountRoutes } from './account.routes.ts';
import { authMessages } from './auth.messages.ts';
import { loginBody, secondStepBody } from './auth.schema.ts';
import { login, loginSecondStep, logout, type SignIn } from './auth.service.ts';

/** Remembers, between the two steps of a sign-in, whose password was right; signed, short-lived. */
const PENDING_COOKIE = 'syt_second_factor';
const PENDING_MINUTES = 5;
// @fastify/csrf-protection keeps its secret in this cookie.
const CSRF_SECRET_COOKIE = '_csrf';

/**
 * Sign-in (one or two steps), sign-out, the current session and the CSRF token; then the account's own routes.
 * Session answers carry the server's clock: the web takes "today" from it, never from the browser.
 */
export async function authRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const auth = { db: ctx.db, clock: ctx.clock, sessionHours: ctx.config.sessionHours };
  const cookieBase = { httpOnly: true, sameSite: 'strict' as const, secure: ctx.config.secureCookies };
  const signInLimit = { max: 30, timeWindow: '1 minute' };

  /** Answers a sign-in step: the session cookie and a CSRF token of a new secret, or the call for a second factor. */
  const answer = (req: FastifyRequest, reply: FastifyReply, result: SignIn) => {
    if (result.kind === 'second-factor') {
      const expires = ctx.clock.now().getTime() + PENDING_MINUTES * 60_000;
      reply.setCookie(PENDING_COOKIE, `${result.userId}.${expires}`, {
        ...cookieBase, signed: true, path: '/api/auth', maxAge: PENDING_MINUTES * 60,
      });
      return { secondFactorRequired: true };
    }
    reply.clearCookie(PENDING_COOKIE, { path: '/api/auth' });
    reply.setCookie(SESSION_COOKIE, result.token, { ...cookieBase, path: '/', maxAge: ctx.config.sessionHours * 3600 });
    // A token learnt before sign-in (a planted cookie, a shared machine) must not carry into the session.
    delete req.cookies[CSRF_SECRET_COOKIE];
    return { user: result.user, csrfToken: reply.generateCsrf(), now: ctx.clock.now().toISOString() };
  };

  r.get('/auth/csrf', { config: { public: true } }, async (_req, reply) => ({ csrfToken: reply.generateCsrf() }));

  r.post(
    '/auth/login',
    { config: { public: true, rateLimit: signInLimit }, schema: { body: loginBody } },
    async (req, reply) => answer(req, reply, await login(auth, req.body.username, req.body.password)),
  );

  r.post(
    '/auth/login/totp',
    { config: { public: true, rateLimit: signInLimit }, schema: { body: secondStepBody } },
    async (req, reply) => answer(req, reply, await loginSecondStep(auth, pendingUserId(req, ctx.clock.now()), req.body)),
  );

  r.post('/auth/logout', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await logout(auth, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  r.get('/auth/session', async (req) => {
    if (!req.auth) throw unauthenticated();
    return { user: req.auth.user, now: ctx.clock.now().toISOString() };
  });

  await accountRoutes(api, ctx);
}

/** The user whose password was accepted in the first step, while that step is fresh. */
function pendingUserId(req: FastifyRequest, now: Date): number {
  const unsigned = req.unsignCookie(req.cookies[PENDING_COOKIE] ?? '');
  const [userId, expires] = (unsigned.valid && unsigned.value ? unsigned.value : '').split('.').map(Number);
  if (!userId || !expires || expires <= now.getTime()) {
    throw new AppError(401, 'SECOND_FACTOR_EXPIRED', authMessages.secondFactorExpired);
  }
  return userId;
}
