import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { unauthenticated } from '../../errors.ts';
import { SESSION_COOKIE } from '../../http/auth-hooks.ts';
import { loginBody } from './auth.schema.ts';
import { login, logout } from './auth.service.ts';

/** Sign-in, sign-out, the current session and the CSRF token. */
export async function authRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const auth = { db: ctx.db, clock: ctx.clock, sessionHours: ctx.config.sessionHours };

  r.get('/auth/csrf', { config: { public: true } }, async (_req, reply) => ({ csrfToken: reply.generateCsrf() }));

  r.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { body: loginBody },
    },
    async (req, reply) => {
      const session = await login(auth, req.body.username, req.body.password);
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        secure: ctx.config.secureCookies,
        maxAge: ctx.config.sessionHours * 3600,
      });
      return { user: session.user };
    },
  );

  r.post('/auth/logout', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await logout(auth, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  r.get('/auth/session', async (req) => {
    if (!req.auth) throw unauthenticated();
    return { user: req.auth.user };
  });
}
