import { z } from 'zod';

const code = z.string().trim().min(1).max(100);
const bound = z.number().finite().min(0).max(1e15);

export const generateBoundsBody = z.object({ dataSet: code, orgUnit: code });

export const manualBoundsBody = z.object({ dataElement: code, categoryOptionCombo: code.optional(), orgUnit: code, min: bound, max: bound });

/** An analysis: a data set at a unit and everything under it, from one month to another. */
export const analysisQuery = z.object({ dataSet: code, orgUnit: code, from: code, to: code });

export const analysisExportQuery = analysisQuery.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') });

export const followUpBody = z.object({ dataElement: code, categoryOptionCombo: code.optional(), orgUnit: code, period: code, followUp: z.boolean() });

export const historyQuery = z.object({ dataSet: code, orgUnit: code, year: z.string().trim().min(1).max(10) });

export const historyExportQuery = historyQuery.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
