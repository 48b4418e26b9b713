/** Pivot tables and charts as files: the analytics table of the query, laid out, written as .xlsx, .csv or SVG. */
import type { AnalyticsTable } from '@syt/core/api/analytics.ts';
import pLimit from 'p-limit';
import { chartOption } from '@syt/core/charts/index.ts';
import { vietnamDate } from '@syt/core/completeness/entry-window.ts';
import { pivotGrid, PivotLayoutError } from '@syt/core/pivot/index.ts';
import { pivotCsv } from '@syt/core/pivot/pivot-csv.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { runAnalytics } from '../analytics/analytics.service.ts';
import { analyticsExportMessages as m } from './analytics-export.messages.ts';
import type { ChartBody, ExportBody } from './analytics-export.schema.ts';
import { chartSvg } from './chart-svg.ts';
import { attachment } from './content-disposition.ts';
import { pivotWorkbook } from './pivot-workbook.ts';

export interface ExportCtx {
  db: Database;
  clock: Clock;
}

export interface ExportFile {
  body: Buffer | string;
  contentType: string;
  disposition: string;
}

/**
 * Files written at once: a 200,000-cell workbook holds a core for a second or more and its memory meanwhile, so
 * further requests wait their turn instead of piling up.
 */
export const EXPORT_CONCURRENCY = 2;
const writing = pLimit(EXPORT_CONCURRENCY);

const MEDIA = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** A layout that does not fit its table is the caller's mistake: 400 naming the field. */
function laidOut<T>(draw: () => T): T {
  try {
    return draw();
  } catch (err) {
    if (!(err instanceof PivotLayoutError)) throw err;
    throw new AppError(400, 'INVALID_LAYOUT', err.message, [{ field: err.field, message: err.message }]);
  }
}

/** The query's table for the actor (scope and role are checked there), today as the department's calendar has it. */
function tableFor(ctx: ExportCtx, actor: Actor, query: ExportBody['query']): Promise<AnalyticsTable> {
  return runAnalytics({ db: ctx.db }, actor, query, vietnamDate(ctx.clock.now()));
}

/** The pivot of the query as a spreadsheet or CSV file. */
export async function exportPivot(ctx: ExportCtx, actor: Actor, body: ExportBody): Promise<ExportFile> {
  const table = await tableFor(ctx, actor, body.query);
  const grid = laidOut(() => pivotGrid(table, body.layout));
  const name = body.title ?? m.fileStem;
  const content = await writing(async (): Promise<Buffer | string> =>
    body.format === 'xlsx' ? pivotWorkbook(grid) : pivotCsv(grid),
  );
  return { body: content, contentType: MEDIA[body.format], disposition: attachment(name, body.format) };
}

/** The chart of the query as an SVG document. */
export async function exportChartSvg(ctx: ExportCtx, actor: Actor, body: ChartBody): Promise<string> {
  const table = await tableFor(ctx, actor, body.query);
  const option = laidOut(() => chartOption(table, body.layout));
  return writing(() => chartSvg(option, body.width, body.height));
}
