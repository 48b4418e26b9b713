import { z } from 'zod';

const code = z.string().trim().min(1).max(100);

export const cellQuery = z.object({
  dataElement: code,
  categoryOptionCombo: code.optional(),
  orgUnit: code,
  period: code,
});

const valueText = z.union([z.string().max(50_000), z.number().transform(String)]);

export const saveValueBody = cellQuery.extend({
  value: valueText,
  comment: z.string().max(5_000).optional(),
  /** What the client last saw in the cell (null or '' for empty); a stale one is refused with 409 VALUE_CHANGED. */
  expected: valueText.nullable().optional(),
});

export const formQuery = z.object({ dataSet: code, orgUnit: code, period: code });

export const reopenBody = formQuery.extend({ reason: z.string().trim().min(1).max(2_000) });
