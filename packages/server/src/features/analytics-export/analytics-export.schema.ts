/** Bodies of the export routes: an analytics query, a pivot or chart layout, a format or a size, every list bounded. */
import { CHART_TYPES, DIMENSIONS } from '@syt/core/api/analytics.ts';
import { z } from 'zod';
import { analyticsBody } from '../analytics/analytics.schema.ts';

/** The analytics query, bounded as the analytics route bounds it. */
export const analyticsQuery = analyticsBody;

const dimension = z.enum(DIMENSIONS);

export const pivotLayout = z.object({
  rows: z.array(dimension).max(3),
  columns: z.array(dimension).max(3),
  totals: z.object({ rows: z.boolean(), columns: z.boolean() }),
  subtotals: z.boolean(),
  hideEmptyRows: z.boolean(),
  hideEmptyColumns: z.boolean(),
  sort: z.object({ column: z.string().min(1).max(400), direction: z.enum(['asc', 'desc']) }).nullable(),
});

export const chartLayout = z.object({
  type: z.enum(CHART_TYPES),
  series: dimension,
  category: dimension,
  title: z.string().trim().max(200).optional(),
});

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;

export const exportBody = z.object({
  query: analyticsQuery,
  layout: pivotLayout,
  format: z.enum(EXPORT_FORMATS),
  /** The file's name without extension (a favourite's name); a neutral one when absent. */
  title: z.string().trim().min(1).max(120).optional(),
});
export type ExportBody = z.infer<typeof exportBody>;

/** Pixel bounds of a drawn chart: enough for a printed page, not a memory hog. */
export const CHART_SIZE = {
  width: { min: 200, max: 2000, default: 800 },
  height: { min: 150, max: 1500, default: 400 },
} as const;

export const chartBody = z.object({
  query: analyticsQuery,
  layout: chartLayout,
  width: z.number().int().min(CHART_SIZE.width.min).max(CHART_SIZE.width.max).default(CHART_SIZE.width.default),
  height: z.number().int().min(CHART_SIZE.height.min).max(CHART_SIZE.height.max).default(CHART_SIZE.height.default),
});
export type ChartBody = z.infer<typeof chartBody>;
