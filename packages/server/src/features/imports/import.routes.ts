import { detectFormat, type InterchangeFormat } from '@syt/core/interchange/index.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.ts';
import { AppError } from '../../errors.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { readableSize } from '../../http/body-limits.messages.ts';
import { roleGuard } from '../../http/guards.ts';
import { readingForm } from '../attachments/attachment.http.ts';
import { readImportFile } from './import-file.ts';
import { importMessages as m } from './import.messages.ts';
import { importValues } from './import.service.ts';

const query = z.object({
  format: z.enum(['json', 'csv', 'adx', 'xlsx']).optional(),
  dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  // Marks every form the file fills as submitted by the importer (a department loading figures sent on paper).
  submit: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

/** Uploading a data file (DHIS2 JSON, CSV, ADX or the Excel form): all or nothing, with a dry run, optionally submitting its forms. */
export async function importRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const maxBytes = ctx.config.importMaxBytes;
  // The role is checked before the body is read; a file past IMPORT_MAX_MB is cut by busboy and never parsed.
  r.post('/imports', { onRequest: roleGuard('enter'), schema: { querystring: query } }, async (req) => {
    const actor = actorOf(req);
    const { file, data } = await readingForm(async () => {
      const part = await req.file({ limits: { fileSize: maxBytes }, throwFileSizeLimit: false } as Parameters<typeof req.file>[0]);
      return { file: part, data: await part?.toBuffer() };
    });
    if (!file || !data) throw new AppError(400, 'VALIDATION_FAILED', m.unreadable, [{ field: 'file', message: m.unreadable }]);
    if (file.file.truncated) {
      const message = m.tooLarge(readableSize(maxBytes));
      throw new AppError(413, 'PAYLOAD_TOO_LARGE', message, [{ field: 'file', message }]);
    }
    const format: InterchangeFormat | null = req.query.format ?? detectFormat(file.filename, data.subarray(0, 512));
    if (!format) throw new AppError(400, 'UNKNOWN_FORMAT', m.unknownFormat, [{ field: 'format', message: m.unknownFormat }]);
    return importValues(ctx, actor, await readImportFile(ctx.db, format, data), { dryRun: req.query.dryRun, submit: req.query.submit });
  });
}
