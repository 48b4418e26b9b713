import { TARGET_DIRECTIONS } from '@syt/core/targets/index.ts';
import { z } from 'zod';
import { APPENDICES } from './appendix-workbook.ts';

const code = z.string().trim().min(1).max(100);
const year = z.coerce.number().int().min(2000).max(2100);
const amount = z.number().finite().min(-1e12).max(1e12);

/** `GET /api/targets?org=62&year=2024`: the targets in force for a unit and the units below it. */
export const listQuery = z.object({ org: code, year });

/** `GET /api/targets/appendix?org=62&year=2023&appendix=I`: a targets appendix as .xlsx. */
export const appendixQuery = listQuery.extend({ appendix: z.enum(APPENDICES) });

export const idParams = z.object({ id: z.coerce.number().int().min(1) });

/** `POST /api/targets`: a target set or adjusted by a decision; unknown fields refused so a typo is not lost. */
export const setBody = z
  .object({
    year,
    orgUnit: code,
    item: code,
    measure: z.string().trim().min(1).max(50),
    direction: z.enum(TARGET_DIRECTIONS),
    value: amount,
    baseline: amount.nullable().optional(),
    decision: z.object({ number: z.string().trim().min(1).max(50), date: z.iso.date() }).strict(),
  })
  .strict();
