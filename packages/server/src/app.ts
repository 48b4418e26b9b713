import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { aggregateRoutes } from './features/aggregate/aggregate.routes.ts';
import { analyticsRoutes } from './features/analytics/analytics.routes.ts';
import { analyticsExportRoutes } from './features/analytics-export/analytics-export.routes.ts';
import { apiTokenRoutes } from './features/api-tokens/api-token.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { dhis2Routes } from './features/dhis2/dhis2.routes.ts';
import { completenessRoutes } from './features/completeness/completeness.routes.ts';
import { exportRoutes } from './features/exports/export.routes.ts';
import { qualityRoutes } from './features/quality/quality.routes.ts';
import { importRoutes } from './features/imports/import.routes.ts';
import { dataEntryRoutes, formRoutes } from './features/data-entry/data-entry.routes.ts';
import { dataValueRoutes } from './features/data-values/data-value.routes.ts';
import { metadataRoutes } from './features/metadata/metadata.routes.ts';
import { orgUnitRoutes } from './features/org-units/org-unit.routes.ts';
import { reportRoutes } from './features/reports/reports.routes.ts';
import { targetRoundRoutes } from './features/targets/round/round.routes.ts';
import { targetRoutes } from './features/targets/targets.routes.ts';
import { directiveRoutes } from './features/tasks/directives.routes.ts';
import { taskRoutes } from './features/tasks/tasks.routes.ts';
import { notificationRoutes } from './features/notifications/notifications.routes.ts';
import { todoRoutes } from './features/todo/todo.routes.ts';
import { requestRoutes } from './features/requests/requests.routes.ts';
import { requestReviewRoutes } from './features/request-reviews/request-reviews.routes.ts';
import { userRoutes } from './features/users/user.routes.ts';
import { validationRoutes } from './features/validation/validation.routes.ts';
import { outbreakRoutes } from './features/outbreaks/outbreaks.routes.ts';
import { surveillanceRoutes } from './features/surveillance/surveillance.routes.ts';
import { favouriteRoutes } from './features/favourites/favourites.routes.ts';
import { dashboardRoutes } from './features/dashboards/dashboards.routes.ts';
import { registerApiDocs } from './http/api-docs.ts';
import { installAuthHooks } from './http/auth-hooks.ts';
import { DEFAULT_BODY_LIMIT, installBodyLimits, MULTIPART_LIMITS } from './http/body-limits.ts';
import { installErrorHandler } from './http/error-handler.ts';
import { loadCookieSecret } from './http/cookie-secret.ts';
import { helmetOptions } from './http/security-headers.ts';
import { serveWebApp } from './http/web-app.ts';

z.config(z.locales.vi());

/** What every feature needs: the database, the time source and the configuration. */
export interface AppContext {
  db: Database;
  clock: Clock;
  config: Config;
}

/** Builds the HTTP application; `listen` is left to the caller so tests can `inject`. */
export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: ctx.config.logLevel }, bodyLimit: DEFAULT_BODY_LIMIT });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(helmet, helmetOptions(ctx.config.secureCookies));
  await app.register(cookie, { secret: await loadCookieSecret(ctx.db) });
  await app.register(csrf, {
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: ctx.config.secureCookies },
  });
  await app.register(rateLimit, { global: false });
  // Each route reading a form passes its own file size; these bound every form, whatever the route forgets.
  await app.register(multipart, { limits: MULTIPART_LIMITS(ctx.config) });
  installAuthHooks(app, { db: ctx.db, clock: ctx.clock, sessionHours: ctx.config.sessionHours });
  installBodyLimits(app, ctx.config);
  await registerApiDocs(app);

  await app.register(
    async (api) => {
      await authRoutes(api, ctx);
      await apiTokenRoutes(api, ctx);
      await userRoutes(api, ctx);
      await orgUnitRoutes(api, ctx);
      await metadataRoutes(api, ctx);
      await dataValueRoutes(api, ctx);
      await dataEntryRoutes(api, ctx);
      await formRoutes(api, ctx);
      await completenessRoutes(api, ctx);
      await validationRoutes(api, ctx);
      await aggregateRoutes(api, ctx);
      await analyticsRoutes(api, ctx);
      await analyticsExportRoutes(api, ctx);
      await importRoutes(api, ctx);
      await exportRoutes(api, ctx);
      await qualityRoutes(api, ctx);
      await reportRoutes(api, ctx);
      await directiveRoutes(api, ctx);
      await taskRoutes(api, ctx);
      await notificationRoutes(api, ctx);
      await todoRoutes(api, ctx);
      await requestRoutes(api, ctx);
      await requestReviewRoutes(api, ctx);
      await targetRoutes(api, ctx);
      await targetRoundRoutes(api, ctx);
      await surveillanceRoutes(api, ctx);
      await outbreakRoutes(api, ctx);
      await favouriteRoutes(api, ctx);
      await dashboardRoutes(api, ctx);
      await dhis2Routes(api, ctx);
    },
    { prefix: '/api' },
  );
  serveWebApp(app, ctx.config.webDist);
  return app;
}
