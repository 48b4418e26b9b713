import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app.ts';
import { actorOf } from '../../../http/auth-hooks.ts';
import { DHIS2_COLLECTIONS } from './dhis2-metadata.presenter.ts';
import { listQuery, objectQuery, uidParams } from './dhis2-metadata.schema.ts';
import { getDhis2Object, listDhis2Objects, notFoundMessage } from './dhis2-metadata.service.ts';

/** The address of another page of the same list, as DHIS2's pager gives it (absolute, the other parameters kept). */
function pageUrlOf(req: FastifyRequest) {
  const url = new URL(req.url, `${req.protocol}://${req.host}`);
  return (page: number) => {
    url.searchParams.set('page', String(page));
    return url.toString();
  };
}

/**
 * DHIS2's metadata lists `/api/dataSets`, `/api/dataElements`, `/api/organisationUnits` (also with `.json`) and one
 * object by UID: every signed-in user may read metadata, as SYT's own browsing allows; org units within their scope.
 */
export async function dhis2MetadataRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  for (const collection of DHIS2_COLLECTIONS) {
    for (const path of [`/${collection}`, `/${collection}.json`]) {
      r.get(path, { schema: { querystring: listQuery } }, async (req) =>
        listDhis2Objects(ctx.db, actorOf(req), collection, req.query, pageUrlOf(req)),
      );
    }
    r.get(`/${collection}/:uid`, { schema: { params: uidParams, querystring: objectQuery } }, async (req, reply) => {
      const object = await getDhis2Object(ctx.db, actorOf(req), collection, req.params.uid, req.query.fields);
      return object ?? reply.status(404).send(notFoundMessage(collection, req.params.uid));
    });
  }
}
