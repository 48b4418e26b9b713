import { ALERT_KINDS, ALERT_STATUSES, OUTBREAK_SOURCES, OUTBREAK_STATUSES } from '@syt/core/api/surveillance.ts';
import { z } from 'zod';

const code = z.string().trim().min(1).max(100);
const isoDate = z.iso.date();
// Bounds the cases one record states: more is a typing mistake, not an outbreak.
const MAX_CASES = 100_000;

export const idParams = z.object({ id: z.coerce.number().int().positive().max(2 ** 31 - 1) });

const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

export const immediateReportBody = z.object({
  disease: code,
  orgUnit: code,
  place: z.string().trim().min(1).max(500),
  onsetDate: isoDate,
  count: z.number().int().min(1).max(MAX_CASES),
  note: z.string().trim().max(2_000).default(''),
});
export type ImmediateReportBody = z.infer<typeof immediateReportBody>;

export const immediateListQuery = z.object({ ...paging, disease: code.optional(), unit: code.optional() });
export type ImmediateListQuery = z.infer<typeof immediateListQuery>;

export const alertListQuery = z.object({
  ...paging,
  status: z.enum(ALERT_STATUSES).optional(),
  kind: z.enum(ALERT_KINDS).optional(),
  disease: code.optional(),
  unit: code.optional(),
});
export type AlertListQuery = z.infer<typeof alertListQuery>;

export const dismissBody = z.object({ reason: z.string().trim().min(1).max(1_000) });

export const alertOutbreakBody = z.object({ place: z.string().trim().min(1).max(500).optional(), startDate: isoDate.optional() }).default({});
export type AlertOutbreakBody = z.infer<typeof alertOutbreakBody>;

export const outbreakListQuery = z.object({
  ...paging,
  status: z.enum(OUTBREAK_STATUSES).optional(),
  source: z.enum(OUTBREAK_SOURCES).optional(),
  disease: code.optional(),
  unit: code.optional(),
});
export type OutbreakListQuery = z.infer<typeof outbreakListQuery>;

export const outbreakBody = z.object({
  disease: code,
  orgUnit: code,
  place: z.string().trim().min(1).max(500),
  startDate: isoDate,
  initialCases: z.number().int().min(0).max(MAX_CASES).default(0),
});
export type OutbreakBody = z.infer<typeof outbreakBody>;

export const casesBody = z.object({ date: isoDate, count: z.number().int().min(1).max(MAX_CASES) });
export const measureBody = z.object({ date: isoDate, text: z.string().trim().min(1).max(2_000) });
export const closeBody = z.object({ reason: z.string().trim().min(1).max(1_000), closedOn: isoDate.optional() });

export const diseasesQuery = z.object({ date: isoDate.optional() });

export const overviewQuery = z.object({
  disease: code,
  unit: code.optional(),
  week: z.string().regex(/^\d{4}W\d{1,2}$/).optional(),
});
export type OverviewQuery = z.infer<typeof overviewQuery>;
