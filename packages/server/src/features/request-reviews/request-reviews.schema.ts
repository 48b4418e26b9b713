import { REPORT_FORMATS } from '@syt/core/api/reports.ts';
import { z } from 'zod';

const code = z.string().trim().min(1).max(100);

export const idParams = z.object({ id: z.coerce.number().int().min(1) });
export const unitParams = idParams.extend({ unit: code });

/** `POST /api/requests/:id/reviews`: the unit whose review to open (created on the first call). */
export const openBody = z.object({ unit: code }).strict();

/** `POST /api/requests/:id/reviews/:unit/send`: the version the sender saw, so a newer edit is not sent unseen. */
export const sendBody = z.object({ baseVersion: z.number().int().min(1) }).strict();

/** `POST /api/requests/:id/reviews/:unit/return`: the version returned, and why (shown in the report's versions). */
export const returnBody = z.object({ baseVersion: z.number().int().min(1), note: z.string().trim().max(1_000).default('') }).strict();

/** `GET /api/requests/:id/reviews/:unit/download`: the sent version, as Word by default. */
export const downloadQuery = z.object({ format: z.enum(REPORT_FORMATS).default('docx') });
