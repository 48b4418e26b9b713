import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.ts';
import { AppError } from '../../errors.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { exportMessages } from './export.messages.ts';
import { exportValues } from './export.service.ts';

const query = z.object({
  orgUnit: z.string().trim().min(1),
  period: z.string().trim().min(1),
  dataSet: z.string().trim().min(1).optional(),
  descendants: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  format: z.enum(['json', 'csv', 'adx']).default('json'),
});

/** Downloading stored values as DHIS2 JSON, CSV or ADX; a choice with no values is refused with a message. */
export async function exportRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/exports', { schema: { querystring: query } }, async (req, reply) => {
    const q = req.query;
    const file = await exportValues(ctx.db, actorOf(req), { ...q, periods: q.period.split(',') });
    // A file holding only a header looks like a download that worked: say there is nothing instead.
    if (file.count === 0) {
      const message = exportMessages.nothingToExport(file.unitName, file.periods);
      throw new AppError(422, 'NOTHING_TO_EXPORT', message, [{ field: 'period', message }]);
    }
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .send(file.body);
  });
}
