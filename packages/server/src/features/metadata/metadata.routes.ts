import { METADATA_KINDS } from '@syt/core/api/contract.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.ts';
import { actorOf } from '../../http/auth-hooks.ts';
import { metadataGuard, roleGuard } from '../../http/guards.ts';
import { listMetadata } from './metadata-list.service.ts';
import { exportMetadata, importMetadataAs } from './metadata.service.ts';

const listParams = z.object({ kind: z.enum(METADATA_KINDS) });
const listQuery = z.object({ q: z.string().max(200).optional() });

/** Metadata browsing (every signed-in user), export (admins) and import (admins of a root scope only). */
export async function metadataRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const onRequest = roleGuard('administer');
  r.get('/metadata/export', { onRequest }, async () => exportMetadata(ctx.db));
  r.post('/metadata/import', { onRequest: metadataGuard }, async (req) => importMetadataAs(ctx.db, actorOf(req), req.body));
  r.get('/metadata/:kind', { schema: { params: listParams, querystring: listQuery } }, async (req) => ({
    items: await listMetadata(ctx.db, req.params.kind, req.query.q),
  }));
}
