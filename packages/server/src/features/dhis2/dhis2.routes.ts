import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app.ts';
import { dataValueSetRoutes } from './data-value-sets/data-value-set.routes.ts';
import { ImportJobs } from './data-value-sets/import-jobs.ts';
import { systemTaskRoutes } from './data-value-sets/system-tasks.routes.ts';
import { singleValueRoutes } from './data-values/single-value.routes.ts';
import { dhis2MetadataRoutes } from './metadata/dhis2-metadata.routes.ts';

/** DHIS2's Web API subset, beside SYT's own API and in DHIS2's shapes: metadata lists, data value sets, jobs. */
export async function dhis2Routes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const jobs = new ImportJobs(ctx.clock);
  api.addHook('onClose', async () => jobs.idle());
  await dhis2MetadataRoutes(api, ctx);
  await systemTaskRoutes(api, jobs);
  await singleValueRoutes(api, ctx);
  // Its own scope: the raw-body parsers of dataValueSets must not reach SYT's JSON routes.
  await api.register(async (scope) => dataValueSetRoutes(scope, ctx, jobs));
}
