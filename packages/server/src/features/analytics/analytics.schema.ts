import { ANALYTICS_LIMITS } from '@syt/core/api/analytics.ts';
import { z } from 'zod';

const item = z.string().trim().min(1).max(200);
const list = (max: number) => z.array(item).min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày tham chiếu phải có dạng YYYY-MM-DD.');

/** `POST /api/analytics`: the query as JSON; every list bounded by ANALYTICS_LIMITS. */
export const analyticsBody = z
  .object({ dx: list(ANALYTICS_LIMITS.dx), ou: list(ANALYTICS_LIMITS.ou), pe: list(ANALYTICS_LIMITS.pe), referenceDate: isoDate.optional() })
  .strict();

/** A DHIS2-like `;`-separated list of a query string (`dx=A;B`), bounded like the JSON body's. */
const semicolonList = (max: number) =>
  z
    .string()
    .max(max * 201)
    .transform((s) => s.split(';').map((x) => x.trim()).filter(Boolean))
    .pipe(list(max));

/** `GET /api/analytics?dx=A;B&ou=X;LEVEL-2&pe=202301;LAST_12_MONTHS`. */
export const analyticsQueryString = z.object({
  dx: semicolonList(ANALYTICS_LIMITS.dx),
  ou: semicolonList(ANALYTICS_LIMITS.ou),
  pe: semicolonList(ANALYTICS_LIMITS.pe),
  referenceDate: isoDate.optional(),
});

const meta = { code: z.string(), name: z.string() };

export const analyticsResponse = z.object({
  items: z.object({
    dx: z.array(
      z.object({
        ...meta,
        kind: z.enum(['element', 'option', 'indicator', 'target', 'achievement']),
        additive: z.object({ ou: z.boolean(), pe: z.boolean() }),
        decimals: z.number().nullable(),
      }),
    ),
    ou: z.array(z.object({ ...meta, level: z.number(), ancestors: z.array(z.string()), history: z.array(z.string()) })),
    pe: z.array(z.object({ ...meta, startDate: z.string(), endDate: z.string() })),
  }),
  query: z.object({ dx: z.array(z.string()), ou: z.array(z.string()), pe: z.array(z.string()), referenceDate: z.string().optional() }),
  cells: z.array(z.object({ dx: z.string(), ou: z.string(), pe: z.string(), value: z.number() })),
  ouDisjoint: z.boolean(),
});
