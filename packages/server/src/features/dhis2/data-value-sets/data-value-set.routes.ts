import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app.ts';
import { AppError } from '../../../errors.ts';
import { actorOf } from '../../../http/auth-hooks.ts';
import { roleGuard } from '../../../http/guards.ts';
import { dhis2Messages as m } from '../dhis2.messages.ts';
import { exportDataValueSet } from './data-value-set-export.service.ts';
import { importDataValueSet } from './data-value-set-import.service.ts';
import { exportQuery, importQuery } from './data-value-set.schema.ts';
import { importWebMessage } from './dhis2-summary.ts';
import type { ImportJobs } from './import-jobs.ts';
import { acceptFormat, contentTypeFormat, PAYLOAD_TYPES, suffixFormat } from './payload-format.ts';

const PATHS = ['/dataValueSets', '/dataValueSets.json', '/dataValueSets.csv', '/dataValueSets.adx'];

/**
 * DHIS2's `/api/dataValueSets`: POST a JSON, CSV or ADX payload (raw body, as DHIS2 takes it, up to the import limit),
 * GET stored values in one of them. Registered in a scope of its own: its raw-text body parsers stay here.
 */
export async function dataValueSetRoutes(api: FastifyInstance, ctx: AppContext, jobs: ImportJobs): Promise<void> {
  api.removeAllContentTypeParsers();
  // Every body is read as text; the handler tells the formats apart and names a type it does not read.
  for (const type of [...Object.keys(PAYLOAD_TYPES), '*']) {
    api.addContentTypeParser(type, { parseAs: 'string', bodyLimit: ctx.config.importMaxBytes }, (_req, body, done) => done(null, body));
  }
  const r = api.withTypeProvider<ZodTypeProvider>();
  for (const path of PATHS) {
    r.post(
      path,
      { onRequest: roleGuard('enter'), bodyLimit: ctx.config.importMaxBytes, schema: { querystring: importQuery } },
      async (req, reply) => {
        const format = req.query.format ?? contentTypeFormat(req.headers['content-type']) ?? suffixFormat(req.url);
        if (!format || typeof req.body !== 'string') {
          const message = m.unsupportedMediaType(req.headers['content-type'] ?? '');
          throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', message, [{ field: 'content-type', message }]);
        }
        const actor = actorOf(req);
        const text = req.body;
        const run = () => importDataValueSet(ctx, actor, format, text, req.query);
        if (req.query.async) {
          const id = jobs.start(actor.id, run);
          return {
            httpStatus: 'OK',
            httpStatusCode: 200,
            status: 'OK',
            message: 'Initiated DATAVALUE_IMPORT',
            response: {
              responseType: 'JobConfigurationWebMessageResponse',
              name: 'DATAVALUE_IMPORT',
              id,
              created: ctx.clock.now().toISOString(),
              jobType: 'DATAVALUE_IMPORT',
              relativeNotifierEndpoint: `/api/system/tasks/DATAVALUE_IMPORT/${id}`,
            },
          };
        }
        const message = importWebMessage(await run());
        return reply.status(message.httpStatusCode).send(message);
      },
    );
    r.get(path, { schema: { querystring: exportQuery } }, async (req, reply) => {
      const format = suffixFormat(req.url) ?? acceptFormat(req.headers.accept);
      const file = await exportDataValueSet(ctx.db, actorOf(req), req.query, format);
      return reply.header('content-type', file.contentType).send(file.body);
    });
  }
}
