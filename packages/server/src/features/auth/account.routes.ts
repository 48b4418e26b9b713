import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';
import { unauthenticated } from '../../errors.ts';
import { actorOf, SESSION_COOKIE } from '../../http/auth-hooks.ts';
import { changeOwnPassword } from './account.service.ts';
import { passwordChangeBody, totpDisableBody, totpEnableBody } from './auth.schema.ts';
import {
  beginSecondFactorSetup,
  disableSecondFactor,
  enableSecondFactor,
  secondFactorStatus,
} from './second-factor.service.ts';

/** What a signed-in user does to their own account: change the password, set up or remove the second factor. */
export async function accountRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  // Each of these checks a password or a code: limited like sign-in, so a left-open session cannot be used to guess.
  const guessLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };

  r.post('/auth/password', { config: guessLimit, schema: { body: passwordChangeBody } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token) throw unauthenticated();
    await changeOwnPassword(ctx, actorOf(req), token, req.body);
    return reply.status(204).send();
  });

  r.get('/auth/totp', async (req) => secondFactorStatus(ctx, actorOf(req)));

  r.post('/auth/totp/setup', async (req) => beginSecondFactorSetup(ctx, actorOf(req)));

  r.post('/auth/totp/enable', { config: guessLimit, schema: { body: totpEnableBody } }, async (req) =>
    enableSecondFactor(ctx, actorOf(req), req.body.code),
  );

  r.post('/auth/totp/disable', { config: guessLimit, schema: { body: totpDisableBody } }, async (req, reply) => {
    await disableSecondFactor(ctx, actorOf(req), req.body.password);
    return reply.status(204).send();
  });
}
