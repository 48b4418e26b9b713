import { z } from 'zod';

const ident = z.string().trim().min(1).max(230);
const bool = z
  .string()
  .max(5)
  .transform((v) => v.toLowerCase())
  .pipe(z.enum(['true', 'false']))
  .transform((v) => v === 'true');

/** DHIS2's single-value parameters: de, pe, ou, co (option combo), cc + cp (attribute combo and its options). */
export const cellQuery = z.object({
  de: ident,
  pe: z.string().trim().min(1).max(20),
  ou: ident,
  co: ident.optional(),
  cc: ident.optional(),
  cp: z.string().trim().max(2000).optional(),
});

export const saveQuery = cellQuery.extend({
  value: z.string().max(50_000).optional(),
  comment: z.string().max(50_000).optional(),
  followUp: bool.optional(),
});
export type CellQuery = z.infer<typeof cellQuery>;
export type SaveQuery = z.infer<typeof saveQuery>;
