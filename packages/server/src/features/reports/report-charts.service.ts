/**
 * The charts a unit's reports carry: checked when the settings name them, drawn when a report is written. A chart is
 * drawn for the report's unit (as a reader of that unit alone, whoever writes the report) with its relative periods
 * counted from the day after the period, so `THIS_MONTH` is the report's month; the SVG is stored in the document.
 */
import type { AnalyticsQuery, ChartLayout } from '@syt/core/api/analytics.ts';
import { chartOption } from '@syt/core/charts/index.ts';
import { PivotLayoutError } from '@syt/core/pivot/index.ts';
import type { ReportChart } from '@syt/core/report/model.ts';
import type { ReportPeriod } from '@syt/core/report/report-period.ts';
import { AppError, badRequest } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { chartSvg } from '../analytics-export/chart-svg.ts';
import { runAnalytics } from '../analytics/analytics.service.ts';
import { findFavourite, openableFavourites } from '../favourites/favourites.repository.ts';
import type { Executor } from '../metadata/upsert.ts';
import { printedChart } from './report-chart-print.ts';
import { reportChartMessages as m } from './report-charts.messages.ts';
import type { ReportOrgUnit } from './report-input.service.ts';

/** The size charts are drawn at, in CSS pixels: the width of the A4 text column (165 mm at 96 dpi). */
export const REPORT_CHART_SIZE = { width: 620, height: 340 } as const;

/**
 * Refuses (400 naming `charts.<i>`) a chart the settings would newly name that the actor may not open or that is a
 * pivot, and a chart named twice. Charts already stored stay: another officer set them and may still open them.
 */
export async function requireReportCharts(
  db: Executor,
  actor: Actor,
  ids: readonly number[],
  stored: readonly number[],
): Promise<void> {
  if (new Set(ids).size !== ids.length) throw badRequest(m.duplicate, [{ field: 'charts', message: m.duplicate }]);
  const added = ids.filter((id) => !stored.includes(id));
  const openable = new Map((await openableFavourites(db, actor, added)).map((row) => [row.id, row]));
  ids.forEach((id, i) => {
    if (stored.includes(id)) return;
    const row = openable.get(id);
    const message = !row ? m.notOpenable(id) : row.kind !== 'chart' ? m.notChart(row.name) : null;
    if (message) throw badRequest(message, [{ field: `charts.${i}`, message }]);
  });
}

/** The first day after the period: relative periods counted from it end with the period's last month. */
export function chartReferenceDate(period: Pick<ReportPeriod, 'endDate'>): string {
  const next = new Date(`${period.endDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The named charts drawn for the unit's report of the period, in order; one that cannot be drawn says why. */
export async function drawReportCharts(
  db: Executor,
  unit: ReportOrgUnit,
  period: ReportPeriod,
  ids: readonly number[],
): Promise<ReportChart[]> {
  const reader: Actor = { id: 0, username: 'system', role: 'viewer', scopePath: unit.path, canEditExpired: false };
  const referenceDate = chartReferenceDate(period);
  const charts: ReportChart[] = [];
  // One after another: each holds a core while ECharts lays it out.
  for (const id of ids) charts.push(await drawChart(db, reader, id, referenceDate));
  return charts;
}

async function drawChart(db: Executor, reader: Actor, id: number, referenceDate: string): Promise<ReportChart> {
  const size = REPORT_CHART_SIZE;
  const row = await findFavourite(db, id);
  if (!row || row.kind !== 'chart')
    return { favourite: id, title: m.untitled(id), svg: null, ...size, problem: m.deleted };
  const { title, ...layout } = JSON.parse(row.layout) as ChartLayout;
  const query = JSON.parse(row.query) as AnalyticsQuery;
  const caption = title?.trim() ? title.trim() : row.name;
  try {
    const table = await runAnalytics({ db }, reader, { ...query, referenceDate }, referenceDate);
    // An empty frame would read as a chart of nothing happening: say there is no data instead.
    if (table.cells.length === 0) return { favourite: id, title: caption, svg: null, ...size, problem: m.noData };
    // The caption is printed as the document's text, so the chart carries no title of its own.
    const printed = printedChart(chartOption(table, layout), size.width, size.height);
    const svg = chartSvg(printed.option, size.width, printed.height);
    return { favourite: id, title: caption, svg, width: size.width, height: printed.height };
  } catch (err) {
    if (!(err instanceof AppError) && !(err instanceof PivotLayoutError)) throw err;
    return { favourite: id, title: caption, svg: null, ...size, problem: m.notDrawn(err.message) };
  }
}
