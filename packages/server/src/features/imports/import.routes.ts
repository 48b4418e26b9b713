import { ATOMIC_MODES, ID_SCHEMES, IMPORT_STRATEGIES } from '@syt/core/interchange/import-options.ts';
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

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const scheme = z.enum(ID_SCHEMES);

// DHIS2's import options, absent unless given: the file's header may state them, and a stated one wins (as in DHIS2).
const query = z.object({
  format: z.enum(['json', 'csv', 'adx', 'xlsx']).optional(),
  dryRun: flag.optional(),
  // Marks every form the file fills as submitted by the importer (a department loading figures sent on paper).
  submit: flag.optional(),
  importStrategy: z.enum(IMPORT_STRATEGIES).optional(),
  atomicMode: z.enum(ATOMIC_MODES).optional(),
  skipExistingCheck: flag.optional(),
  idScheme: scheme.optional(),
  dataElementIdScheme: scheme.optional(),
  orgUnitIdScheme: scheme.optional(),
  categoryOptionComboIdScheme: scheme.optional(),
  dataSetIdScheme: scheme.optional(),
  dataSet: z.string().trim().min(1).max(200).optional(),
  completeDate: z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/).optional(),
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
    const { format: _format, ...options } = req.query;
    return importValues(ctx, actor, await readImportFile(ctx.db, format, data), withoutUndefined(options));
  });
}

/** The options the request gave (exactOptionalPropertyTypes: an absent option is no key at all). */
function withoutUndefined<T extends object>(options: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
