import { TARGET_DIRECTIONS } from '@syt/core/targets/index.ts';
import { z } from 'zod';

const code = z.string().trim().min(1).max(100);
const amount = z.number().finite().min(-1e12).max(1e12);

export const roundParams = z.object({ id: z.coerce.number().int().min(1) });
export const gridQuery = z.object({ unit: code });

const proposal = z
  .object({
    item: code,
    measure: z.string().trim().min(1).max(50),
    direction: z.enum(TARGET_DIRECTIONS),
    value: amount,
    baseline: amount.nullable().optional(),
    note: z.string().trim().max(2_000).nullable().optional(),
  })
  .strict();

export const saveBody = z.object({ unit: code, rows: z.array(proposal).max(100) }).strict();
export const submitBody = z.object({ unit: code }).strict();
export const approveBody = z
  .object({ decision: z.object({ number: z.string().trim().min(1).max(50), date: z.iso.date() }).strict() })
  .strict();
export const fieldQuery = z.object({ unit: code });
export const agreeBody = z
  .object({
    unit: code,
    rows: z
      .array(z.object({ orgUnit: code, item: code, value: amount.nullable().optional(), note: z.string().trim().max(2_000).nullable().optional() }).strict())
      .min(1)
      .max(5_000),
  })
  .strict();
