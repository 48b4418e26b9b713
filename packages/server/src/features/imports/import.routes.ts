import { detectFormat, type InterchangeFormat } from '@syt/core/interchange/index.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.ts';
import { AppError } from '../../errors.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { roleGuard } from '../../http/guards.ts';
import { readImportFile } from './import-file.ts';
import { importMessages as m } from './import.messages.ts';
import { importValues } from './import.service.ts';

const query = z.object({
  format: z.enum(['json', 'csv', 'adx', 'xlsx']).optional(),
  dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

/** Uploading a data file (DHIS2 JSON, CSV, ADX or the Excel form): all or nothing, with a dry run. */
export async function importRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.post('/imports', { onRequest: roleGuard('enter'), schema: { querystring: query } }, async (req) => {
    const actor = actorOf(req);
    const file = await req.file();
    if (!file) throw new AppError(400, 'VALIDATION_FAILED', m.unreadable, [{ field: 'file', message: m.unreadable }]);
    const data = await file.toBuffer();
    const format: InterchangeFormat | null = req.query.format ?? detectFormat(file.filename, data.subarray(0, 512));
    if (!format) throw new AppError(400, 'UNKNOWN_FORMAT', m.unknownFormat, [{ field: 'format', message: m.unknownFormat }]);
    return importValues(ctx, actor, await readImportFile(ctx.db, format, data), { dryRun: req.query.dryRun });
  });
}
