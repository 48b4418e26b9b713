import { z } from 'zod';

const code = z.string().trim().min(1).max(200);

/** `GET /api/aggregate`: one item over a range of periods for an org unit and its subtree. */
export const aggregateQuery = z.object({ item: code, orgUnit: code, from: code, to: code });

/** `GET /api/aggregate/month`: one item's monthly-report figures for an org unit and a month. */
export const monthQuery = z.object({ item: code, orgUnit: code, period: code });

const value = z.number().nullable();

export const aggregateResponse = z.object({ item: z.string(), orgUnit: z.string(), from: z.string(), to: z.string(), value });

export const monthResponse = z.object({
  item: z.string(),
  orgUnit: z.string(),
  period: z.string(),
  month: value,
  previousMonth: value,
  sameMonthLastYear: value,
  yearToDate: value,
  yearToDateLastYear: value,
});
