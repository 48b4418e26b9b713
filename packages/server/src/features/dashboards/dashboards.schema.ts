/** Bodies of the dashboard routes: a name, at most MAX_DASHBOARD_ITEMS cards in a 12-column grid, the sharing. */
import { DASHBOARD_WIDGETS, MAX_DASHBOARD_ITEMS } from '@syt/core/api/analytics.ts';
import { z } from 'zod';
import { id, name, sharing } from '../favourites/favourites.schema.ts';

export { idParams } from '../favourites/favourites.schema.ts';

const width = z.union([z.literal(4), z.literal(6), z.literal(12)], { error: 'Độ rộng là 4, 6 hoặc 12 cột.' });

const item = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('favourite'), favouriteId: id, width }).strict(),
  z.object({ kind: z.literal('widget'), widget: z.enum(DASHBOARD_WIDGETS), width }).strict(),
]);

/** POST and PUT body. */
export const dashboardInput = z
  .object({
    name,
    items: z.array(item).max(MAX_DASHBOARD_ITEMS, `Một bảng điều khiển có tối đa ${MAX_DASHBOARD_ITEMS} mục.`),
    sharing,
  })
  .strict();

/** `PUT /api/dashboards/home`: the dashboard for the home page, null for the role's default. */
export const homeInput = z.object({ id: id.nullable() }).strict();
