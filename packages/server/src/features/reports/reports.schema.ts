import { MAX_REPORT_CHARTS, REPORT_FORMATS, REPORT_STATUSES } from '@syt/core/api/reports.ts';
import { z } from 'zod';

const code = z.string().trim().min(1).max(100);
const line = z.string().max(500);
const lines = z.array(line).max(50);
const version = z.coerce.number().int().min(1);

/** A report's org unit and month, as the query or body names them. */
export const reportTarget = z.object({ org: code, period: code });

/** `includeDrafts=true`: figures of forms not yet submitted count too (and the report marks them). */
const includeDraftsQuery = z.enum(['true', 'false']).default('false').transform((v) => v === 'true');

/** `GET /api/reports/monthly`: the month's report in a format (stored if there is one, else fresh). */
export const monthlyQuery = reportTarget.extend({ format: z.enum(REPORT_FORMATS).default('json'), includeDrafts: includeDraftsQuery });

/** A report kind (`quarterly`, `half-year`, `nine-month`, `annual`, `monthly`), checked by the service in Vietnamese. */
const kind = z.string().trim().min(1).max(20);

/** `GET /api/reports/periodic`: the report of a kind over its period (`2023Q3`, `2023S1`, `2023`), in a format. */
export const periodicQuery = monthlyQuery.extend({ kind });

/** `POST /api/reports/instances`: the report's unit and period, its kind (monthly by default), drafts counted on request. */
export const createBody = reportTarget.extend({ kind: kind.optional(), includeDrafts: z.boolean().default(false) });

/** `GET /api/reports/instances`: optional filters (`status=submitted` lists what waits for a leader); a period is read as the kind's. */
export const listQuery = z.object({ org: code.optional(), period: code.optional(), kind: kind.optional(), status: z.enum(REPORT_STATUSES).optional() });

export const idParams = z.object({ id: z.coerce.number().int().min(1) });

/** Every header field optional; unknown fields refused so a typo does not pass silently. */
export const headerPatch = z
  .object({
    superiorBody: line,
    issuingBody: line,
    documentNumber: z.string().trim().max(50),
    documentSymbol: z.string().trim().max(50),
    place: line,
    date: z.iso.date().nullable(),
    recipients: lines,
    distribution: lines,
    signerTitle: z.array(line).max(5),
    signerName: line,
  })
  .partial()
  .strict();

export const saveBody = z
  .object({
    baseVersion: version,
    header: headerPatch.optional(),
    freeText: z.record(z.string().min(1).max(100), z.string().max(100_000)).optional(),
    plan: z.array(z.string().max(5_000)).max(100).optional(),
    note: z.string().trim().max(1_000).optional(),
  })
  .strict();

export const regenerateBody = z.object({ baseVersion: version, includeDrafts: z.boolean().default(false) });

/**
 * A status change. Issuing also carries the number (`123/BC-SYT`) and date, checked by the service with Vietnamese
 * messages; `acknowledgeMissing`: the signer knows forms are missing (required to approve a report that lacks some).
 */
export const statusBody = z
  .object({
    baseVersion: version,
    status: z.enum(REPORT_STATUSES),
    number: z.string().max(50).optional(),
    date: z.string().max(20).optional(),
    acknowledgeMissing: z.boolean().default(false),
  })
  .strict();

export const compareQuery = z.object({ from: version, to: version });

export const downloadQuery = z.object({ format: z.enum(REPORT_FORMATS) });

export const settingsQuery = z.object({ org: code });

/**
 * `PUT /api/reports/settings`: header fields, the switch citing plan targets and the charts (favourite ids, at most
 * four), each optional; unknown fields refused.
 */
export const settingsPatch = z
  .object({
    ...headerPatch.shape,
    citeTargets: z.boolean(),
    charts: z.array(z.number().int().positive().max(2_147_483_647)).max(MAX_REPORT_CHARTS),
  })
  .partial()
  .strict();

/** `PUT /api/reports/counted-states`: the form states the province's reports count (checked by the service). */
export const countedStatesBody = z.object({ states: z.array(z.string().max(20)).max(10) }).strict();
