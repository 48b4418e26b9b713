import { FIELDS_MAX_LENGTH } from '@syt/core/dhis2-query/fields.ts';
import { MAX_PAGE_SIZE } from '@syt/core/dhis2-query/paging.ts';
import { isUid } from '@syt/core/metadata/uid.ts';
import { z } from 'zod';
import { dhis2Messages as m } from '../dhis2.messages.ts';

const MAX_FILTERS = 20;
const filterText = z.string().max(500);
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

/** DHIS2's list parameters with bounds; unknown parameters (`translate`, `_`) are ignored, as DHIS2 does. */
export const listQuery = z.object({
  fields: z.string().max(FIELDS_MAX_LENGTH).optional(),
  filter: z.union([filterText, z.array(filterText).max(MAX_FILTERS, m.tooManyFilters(MAX_FILTERS))]).optional(),
  rootJunction: z.enum(['AND', 'OR', 'and', 'or']).optional(),
  order: z
    .string()
    .max(100)
    .regex(/^[A-Za-z]+(:(asc|desc|iasc|idesc))?$/i, m.badOrder)
    .optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  paging: bool.optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const objectQuery = z.object({ fields: z.string().max(FIELDS_MAX_LENGTH).optional() });

/** `/{uid}` or `/{uid}.json`. */
export const uidParams = z.object({
  uid: z
    .string()
    .max(16)
    .transform((v) => v.replace(/\.json$/, ''))
    .refine(isUid, m.badUid),
});
