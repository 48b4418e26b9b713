import { METADATA_KINDS } from '@syt/core/api/contract.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { metadataGuard, roleGuard } from '../../http/guards.ts';
import { listMetadata } from './metadata-list.service.ts';
import { exportDhis2Metadata, importDhis2MetadataAs } from './dhis2-metadata.service.ts';
import { exportMetadata, importMetadataAs } from './metadata.service.ts';

const listParams = z.object({ kind: z.enum(METADATA_KINDS) });
/**
 * DHIS2's import parameters SYT honours: VALIDATE (or the older `dryRun=true`) checks without writing; COMMIT (the
 * default) writes, all or nothing (atomicMode ALL, the only mode a metadata import has here).
 */
const dhis2ImportQuery = z.object({
  importMode: z.enum(['COMMIT', 'VALIDATE']).default('COMMIT'),
  dryRun: z.enum(['true', 'false']).optional(),
  atomicMode: z.enum(['ALL']).optional(),
});
const listQuery = z.object({ q: z.string().max(200).optional() });

/**
 * Metadata browsing (every signed-in user), export (admins; DHIS2's JSON also to staff) and import (admins of a root
 * scope only), in SYT's package form and in DHIS2's metadata JSON (`/metadata`).
 */
export async function metadataRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const onRequest = roleGuard('administer');
  r.get('/metadata/export', { onRequest }, async () => exportMetadata(ctx.db));
  r.post('/metadata/import', { onRequest: metadataGuard }, async (req) =>
    importMetadataAs(ctx.db, actorOf(req), req.body),
  );
  // DHIS2's metadata endpoint: the department's staff and admins read it; only an admin of a root scope writes.
  r.get('/metadata', { onRequest: roleGuard('administer', 'write-report') }, async () => exportDhis2Metadata(ctx.db));
  r.post('/metadata', { onRequest: metadataGuard, schema: { querystring: dhis2ImportQuery } }, async (req, reply) => {
    const report = await importDhis2MetadataAs(
      ctx.db,
      actorOf(req),
      req.body,
      req.query.importMode === 'VALIDATE' || req.query.dryRun === 'true',
    );
    return reply.status(report.httpStatusCode).send(report);
  });
  r.get('/metadata/:kind', { schema: { params: listParams, querystring: listQuery } }, async (req) => ({
    items: await listMetadata(ctx.db, req.params.kind, req.query.q),
  }));
}
