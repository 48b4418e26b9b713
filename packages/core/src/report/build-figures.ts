/**
 * The report's figures from stored rows: each span of the month aggregated over time by the element's type (SUM, or
 * LAST per org unit), over the report's subtree and per child unit; indicators evaluated from those aggregates.
 */
import {
  aggregateOverTime,
  evaluateIndicator,
  lastPeriodPerUnit,
  roundTo,
  type PeriodRange,
  type SourceOptions,
} from '../aggregate/index.ts';
import type { AggregationType, Indicator } from '../metadata/types.ts';
import { createPeriod, type Period, type PeriodType } from '../period/index.ts';
import type { FigureRow, ReportFigures } from './figures.ts';
import type { FigureSpan } from './model.ts';
import { monthlyReportPeriod, periodSpans, type ReportPeriod } from './report-period.ts';

export interface FigureContext {
  /** The report month (a monthly report), or any period through `period`. */
  month: Period;
  /** The report's period when it is not a month (a quarter, the half-year, …); its spans replace the month's. */
  period?: ReportPeriod;
  /** The child of the report's unit that a stored org unit lies in (itself or an ancestor); null for the unit itself. */
  childOf(orgUnit: string): string | null;
  aggregationTypeOf(element: string): AggregationType;
  /**
   * Period types of the data sets holding an element, so its weekly and monthly values are never added together
   * (period/count-once.ts). Absent: every element is taken as collected by calendar periods.
   */
  sourcePeriodTypesOf?(element: string): readonly PeriodType[];
  indicators: readonly Indicator[];
}

/** The ranges of a month's spans: 202403 → 202403, 202402, 202303, 202401..202403, 202301..202303. */
export function reportSpans(month: Period): Record<FigureSpan, PeriodRange> {
  return periodSpans(monthlyReportPeriod(month));
}

/** Figures over `rows` (rows outside the spans are ignored, so the server may over-fetch). */
export function buildReportFigures(rows: readonly FigureRow[], ctx: FigureContext): ReportFigures {
  const spans = ctx.period ? periodSpans(ctx.period) : reportSpans(ctx.month);
  const byItem = indexRows(rows);
  const indicators = new Map(ctx.indicators.map((i) => [i.code, i]));
  const cache = new Map<string, { total: number | null; byUnit: Map<string, number> }>();

  // Each item's rows split by child once; every span then aggregates the same groups.
  const groupsOf = memo((item: string) => {
    const perChild = new Map<string | null, FigureRow[]>();
    for (const row of byItem.get(item) ?? []) {
      const child = ctx.childOf(row.orgUnit);
      const list = perChild.get(child);
      if (list) list.push(row);
      else perChild.set(child, [row]);
    }
    return perChild;
  });

  const elementFigure = (item: string, range: PeriodRange) => {
    const element = item.split('.')[0]!;
    const type = ctx.aggregationTypeOf(element);
    const sources = { sourcePeriodTypes: ctx.sourcePeriodTypesOf?.(element) };
    const byUnit = new Map<string, number>();
    let total: number | null = null;
    for (const [child, list] of groupsOf(item)) {
      const value = aggregateRows(list, type, range, sources);
      if (value === null) continue;
      total = (total ?? 0) + value;
      if (child !== null && value !== 0) byUnit.set(child, value);
    }
    return { total, byUnit };
  };

  const figure = (item: string, span: FigureSpan) => {
    const key = `${item}@${span}`;
    let found = cache.get(key);
    if (!found) {
      const indicator = indicators.get(item);
      found = indicator
        ? { total: indicatorValue(indicator, spans[span]), byUnit: new Map() }
        : elementFigure(item, spans[span]);
      cache.set(key, found);
    }
    return found;
  };

  const indicatorValue = (indicator: Indicator, range: PeriodRange): number | null => {
    const value = evaluateIndicator(
      indicator,
      {
        aggregationTypeOf: ctx.aggregationTypeOf,
        rows: (request) => {
          const item = request.option === undefined ? request.element : `${request.element}.${request.option}`;
          const total = elementFigure(item, request.range).total;
          return total === null ? [] : [{ period: request.range.from.code, value: total }];
        },
      },
      range,
    );
    return value === null ? null : roundTo(value, indicator.decimals);
  };

  return {
    period: ctx.period?.code ?? ctx.month.code,
    total: (item, span) => figure(item, span).total,
    byUnit: (item, span) => figure(item, span).byUnit,
    monthTotals: (item, year) =>
      Array.from({ length: 12 }, (_, i) => {
        const month = createPeriod('Monthly', year, i + 1);
        return elementFigure(item, { from: month, to: month }).total;
      }),
  };
}

function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let found = cache.get(key);
    if (found === undefined) cache.set(key, (found = compute(key)));
    return found;
  };
}

/** Rows filed under the element and under `ELEMENT.OPTION` for their option combo. */
function indexRows(rows: readonly FigureRow[]): Map<string, FigureRow[]> {
  const index = new Map<string, FigureRow[]>();
  const add = (key: string, row: FigureRow) => {
    const list = index.get(key);
    if (list) list.push(row);
    else index.set(key, [row]);
  };
  for (const row of rows) {
    add(row.element, row);
    if (row.option !== 'default') add(`${row.element}.${row.option}`, row);
  }
  return index;
}

/** SUM over the units' per-period totals; LAST takes each unit's own latest value (a late unit still counts). */
function aggregateRows(rows: readonly FigureRow[], type: AggregationType, range: PeriodRange, sources: SourceOptions): number | null {
  if (type === 'LAST') return lastPeriodPerUnit(rows, range, sources);
  return aggregateOverTime(rows, 'SUM', range, sources);
}
